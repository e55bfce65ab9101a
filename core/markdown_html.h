// The small Markdown subset certplan writes (headings, paragraphs, "- " lists, pipe tables, **bold**,
// *emphasis*) as a standalone, printable HTML page: the plan readable without the canvas.
#pragma once
#include <string>

namespace certplan {

std::string html_escape(const std::string& text);
std::string markdown_to_html_page(const std::string& markdown, const std::string& title);

}  // namespace certplan
