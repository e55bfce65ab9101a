#include "json_reader.h"

#include <cmath>

namespace certplan {

std::optional<json> parse_json(const std::string& text, const std::string& file, Problems& problems) {
    json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
        problems.push_back({file, "", "is not valid JSON"});
        return std::nullopt;
    }
    return j;
}

const json* JsonReader::field(const json& obj, const std::string& path, const char* key, bool required) {
    if (!obj.is_object()) {
        fail(path, "expected an object");
        return nullptr;
    }
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required) fail(join(path, key), "is missing");
        return nullptr;
    }
    return &*it;
}

const json* JsonReader::object(const json& obj, const std::string& path, const char* key, bool required) {
    const json* v = field(obj, path, key, required);
    if (!v || (v->is_null() && !required)) return nullptr;
    if (!v->is_object()) {
        fail(join(path, key), "expected an object");
        return nullptr;
    }
    return v;
}

const json* JsonReader::array(const json& obj, const std::string& path, const char* key, bool required) {
    const json* v = field(obj, path, key, required);
    if (!v || (v->is_null() && !required)) return nullptr;
    if (!v->is_array()) {
        fail(join(path, key), "expected an array");
        return nullptr;
    }
    return v;
}

std::string JsonReader::string(const json& obj, const std::string& path, const char* key, bool required) {
    const json* v = field(obj, path, key, required);
    if (!v || (v->is_null() && !required)) return {};
    if (!v->is_string()) {
        fail(join(path, key), "expected a string");
        return {};
    }
    return v->get_ref<const std::string&>();
}

std::optional<std::string> JsonReader::nullable_string(const json& obj, const std::string& path, const char* key) {
    const json* v = field(obj, path, key, true);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_string()) {
        fail(join(path, key), "expected a string or null");
        return std::nullopt;
    }
    return v->get_ref<const std::string&>();
}

std::optional<double> JsonReader::nullable_number(const json& obj, const std::string& path, const char* key) {
    const json* v = field(obj, path, key, true);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_number()) {
        fail(join(path, key), "expected a number or null");
        return std::nullopt;
    }
    double d = v->get<double>();
    if (!std::isfinite(d) || d < 0) {
        fail(join(path, key), "expected a finite, non-negative number");
        return std::nullopt;
    }
    return d;
}

double JsonReader::number(const json& obj, const std::string& path, const char* key, double min, double max) {
    const json* v = field(obj, path, key, true);
    if (!v) return min;
    if (!v->is_number()) {
        fail(join(path, key), "expected a number");
        return min;
    }
    double d = v->get<double>();
    if (!(d >= min && d <= max)) {
        fail(join(path, key), "expected a number from " + json(min).dump() + " to " + json(max).dump());
        return min;
    }
    return d;
}

bool JsonReader::boolean(const json& obj, const std::string& path, const char* key, bool fallback) {
    const json* v = field(obj, path, key, false);
    if (!v) return fallback;
    if (!v->is_boolean()) {
        fail(join(path, key), "expected true or false");
        return fallback;
    }
    return v->get<bool>();
}

std::vector<std::string> JsonReader::strings(const json& obj, const std::string& path, const char* key, bool required) {
    std::vector<std::string> out;
    const json* v = array(obj, path, key, required);
    if (!v) return out;
    for (size_t i = 0; i < v->size(); ++i) {
        const json& e = (*v)[i];
        if (!e.is_string()) {
            fail(index(join(path, key), i), "expected a string");
            continue;
        }
        out.push_back(e.get_ref<const std::string&>());
    }
    return out;
}

std::string JsonReader::one_of(const json& obj, const std::string& path, const char* key,
                               const std::vector<std::string>& allowed) {
    std::string s = string(obj, path, key);
    if (s.empty() && !obj.is_object()) return s;
    for (const auto& a : allowed)
        if (s == a) return s;
    if (obj.is_object() && obj.contains(key) && obj[key].is_string()) {
        std::string list;
        for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
        fail(join(path, key), "\"" + s + "\" is not one of: " + list);
    }
    return allowed.empty() ? s : allowed.front();
}

}  // namespace certplan
