#include "markdown_html.h"

#include <algorithm>
#include <vector>

#include "link.h"

namespace certplan {

std::string html_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {

// **bold**, *emphasis* and bare https: links (core/link.h: nothing else becomes a link), on already
// escaped text. A link opens in a new tab, with noopener.
std::string inline_markup(const std::string& escaped) {
    std::string out;
    bool bold = false, em = false;
    for (size_t i = 0; i < escaped.size(); ++i) {
        if (escaped.compare(i, std::char_traits<char>::length(kLinkScheme), kLinkScheme) == 0) {
            const size_t end = std::min(escaped.find(' ', i), escaped.size());
            const std::string url = escaped.substr(i, end - i);
            out += openable_url(url) ? "<a href=\"" + url + "\" target=\"_blank\" rel=\"noopener\">" + url + "</a>" : url;
            i = end - 1;
        } else if (escaped.compare(i, 2, "**") == 0) {
            out += bold ? "</strong>" : "<strong>";
            bold = !bold;
            ++i;
        } else if (escaped[i] == '*') {
            out += em ? "</em>" : "<em>";
            em = !em;
        } else {
            out += escaped[i];
        }
    }
    if (bold) out += "</strong>";
    if (em) out += "</em>";
    return out;
}

std::vector<std::string> cells(const std::string& row) {
    std::vector<std::string> out;
    std::string cur;
    for (size_t i = 1; i < row.size(); ++i) {
        if (row[i] == '|') {
            size_t a = cur.find_first_not_of(' '), b = cur.find_last_not_of(' ');
            out.push_back(a == std::string::npos ? "" : cur.substr(a, b - a + 1));
            cur.clear();
        } else {
            cur += row[i];
        }
    }
    return out;
}

}  // namespace

std::string markdown_to_html_page(const std::string& markdown, const std::string& title) {
    std::string body;
    // Lines are split by hand: <sstream> would pull the whole locale machinery (~50 KB) into the web build.
    size_t pos = 0;
    std::string line;
    auto next_line = [&]() {
        if (pos >= markdown.size()) return false;
        size_t end = markdown.find('\n', pos);
        if (end == std::string::npos) end = markdown.size();
        line.assign(markdown, pos, end - pos);
        pos = end + 1;
        return true;
    };
    bool in_list = false;
    std::vector<std::string> table;  // pending table rows
    auto flush = [&]() {
        if (in_list) body += "</ul>\n";
        in_list = false;
        if (table.size() >= 2) {
            body += "<table>\n<thead><tr>";
            for (const auto& c : cells(table[0])) body += "<th scope=\"col\">" + inline_markup(html_escape(c)) + "</th>";
            body += "</tr></thead>\n<tbody>\n";
            for (size_t r = 2; r < table.size(); ++r) {
                body += "<tr>";
                auto row = cells(table[r]);
                for (size_t c = 0; c < row.size(); ++c)
                    body += (c == 0 ? "<th scope=\"row\">" : "<td>") + inline_markup(html_escape(row[c])) + (c == 0 ? "</th>" : "</td>");
                body += "</tr>\n";
            }
            body += "</tbody></table>\n";
        }
        table.clear();
    };
    while (next_line()) {
        if (!line.empty() && line[0] == '|') {
            if (in_list) flush();
            table.push_back(line);
            continue;
        }
        if (!table.empty()) flush();
        if (line.rfind("- ", 0) == 0) {
            if (!in_list) body += "<ul>\n";
            in_list = true;
            body += "<li>" + inline_markup(html_escape(line.substr(2))) + "</li>\n";
            continue;
        }
        flush();
        if (line.rfind("## ", 0) == 0) body += "<h2>" + inline_markup(html_escape(line.substr(3))) + "</h2>\n";
        else if (line.rfind("# ", 0) == 0) body += "<h1>" + inline_markup(html_escape(line.substr(2))) + "</h1>\n";
        else if (!line.empty()) body += "<p>" + inline_markup(html_escape(line)) + "</p>\n";
    }
    flush();
    return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(title) +
           "</title>\n<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#1b1f24}"
           "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #8c959f;padding:.3em .6em;text-align:left;"
           "vertical-align:top}thead th{background:#eef1f4}@media print{body{margin:0}}</style>\n</head>\n<body>\n<main>\n" +
           body + "</main>\n</body>\n</html>\n";
}

}  // namespace certplan
