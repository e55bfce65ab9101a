// Reads untrusted JSON without exceptions and without aborting: every missing or mistyped field becomes a
// Problem naming the file and the field path, and the caller gets a default value to carry on with.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "problem.h"

namespace certplan {

using json = nlohmann::json;

// Parses text; on a syntax error records a Problem and returns nullopt. Never throws.
std::optional<json> parse_json(const std::string& text, const std::string& file, Problems& problems);

class JsonReader {
public:
    JsonReader(std::string file, Problems& problems) : file_(std::move(file)), problems_(problems) {}

    void fail(const std::string& path, const std::string& message) { problems_.push_back({file_, path, message}); }

    // Each getter: `obj` must be an object; `key` is looked up in it; `path` is obj's own path.
    // Required fields that are missing or of the wrong type record a Problem.
    const json* object(const json& obj, const std::string& path, const char* key, bool required = true);
    const json* array(const json& obj, const std::string& path, const char* key, bool required = true);
    std::string string(const json& obj, const std::string& path, const char* key, bool required = true);
    std::optional<std::string> nullable_string(const json& obj, const std::string& path, const char* key);
    std::optional<double> nullable_number(const json& obj, const std::string& path, const char* key);
    double number(const json& obj, const std::string& path, const char* key, double min, double max);
    bool boolean(const json& obj, const std::string& path, const char* key, bool fallback);
    std::vector<std::string> strings(const json& obj, const std::string& path, const char* key, bool required = true);
    // A string that must be one of `allowed`.
    std::string one_of(const json& obj, const std::string& path, const char* key, const std::vector<std::string>& allowed);

    static std::string join(const std::string& path, const char* key) { return path.empty() ? key : path + "." + key; }
    static std::string index(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

    size_t problem_count() const { return problems_.size(); }

private:
    const json* field(const json& obj, const std::string& path, const char* key, bool required);
    std::string file_;
    Problems& problems_;
};

}  // namespace certplan
