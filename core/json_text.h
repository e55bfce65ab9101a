// JSON written as text: a string literal and a number. certplan writes its few JSON documents (the saved
// plan, the automation snapshot) with these rather than by building nlohmann::json objects, whose builder
// and serializer weigh several KB of gzipped wasm; the page reads its one JSON document, the plan, with
// core/json_value.h (the native data check reads data/ through core/json_reader.h).
#pragma once
#include <string>

namespace certplan {

// `s` as a JSON string literal, quotes included: quote, backslash and control characters escaped.
std::string json_string(const std::string& s);
// A number that reads back as the same double ("8", "0.75", "0.33333333333333331").
std::string json_number(double v);

}  // namespace certplan
