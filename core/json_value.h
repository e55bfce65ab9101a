// A parsed JSON document, for the one JSON text the page reads: the user's saved or imported plan
// (core/storage.h). A general JSON library in the page would weigh many KB of gzipped wasm for that one
// document, so the page has this small strict reader instead; the native tools, which read data/*.json,
// keep nlohmann_json (core/json_reader.h). Strict RFC 8259, as nlohmann_json reads it: what that library
// refuses, this refuses too (and a document nested deeper than kJsonMaxDepth, which would exhaust its stack).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace certplan {

constexpr int kJsonMaxDepth = 256;

class JsonValue {
public:
    enum class Type { null, boolean, number, string, array, object };

    Type type() const { return type_; }
    bool is_null() const { return type_ == Type::null; }
    bool is_boolean() const { return type_ == Type::boolean; }
    bool is_number() const { return type_ == Type::number; }
    bool is_string() const { return type_ == Type::string; }
    bool is_array() const { return type_ == Type::array; }
    bool is_object() const { return type_ == Type::object; }
    // A number written without a fraction or an exponent, within 64 bits ("2", not "2.0").
    bool is_integer() const { return type_ == Type::number && integer_; }

    bool boolean() const { return boolean_; }
    double number() const { return number_; }
    const std::string& string() const { return string_; }
    const std::vector<JsonValue>& items() const { return items_; }
    // An object's members, sorted by key; of a key given twice, the last (as nlohmann_json reads it).
    const std::vector<std::pair<std::string, JsonValue>>& members() const { return members_; }
    // The member named `key`, or null (also when this is not an object).
    const JsonValue* find(const std::string& key) const;

private:
    friend class JsonParser;
    Type type_ = Type::null;
    bool boolean_ = false, integer_ = false;
    double number_ = 0;
    std::string string_;
    std::vector<JsonValue> items_;
    std::vector<std::pair<std::string, JsonValue>> members_;
};

// The value `text` holds (whitespace around it, a UTF-8 byte order mark before it and anything after a NUL
// byte that follows it allowed, as nlohmann_json allows them), or nullopt when it is not exactly one JSON value.
std::optional<JsonValue> parse_json_value(const std::string& text);

}  // namespace certplan
