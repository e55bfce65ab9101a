#include <catch_amalgamated.hpp>

#include "markdown_html.h"

using namespace certplan;

TEST_CASE("the printable summary turns certplan's Markdown into plain, escaped HTML") {
    std::string md = "# Title <x>\n\n**Pursue**\n\n- one & two\n- *three*\n\n| Week | Focus |\n|---|---|\n| 1 | A; B |\n";
    std::string html = markdown_to_html_page(md, "certplan summary");
    CHECK(html.find("<title>certplan summary</title>") != std::string::npos);
    CHECK(html.find("<h1>Title &lt;x&gt;</h1>") != std::string::npos);
    CHECK(html.find("<p><strong>Pursue</strong></p>") != std::string::npos);
    CHECK(html.find("<ul>\n<li>one &amp; two</li>\n<li><em>three</em></li>\n</ul>") != std::string::npos);
    CHECK(html.find("<th scope=\"col\">Week</th><th scope=\"col\">Focus</th>") != std::string::npos);
    CHECK(html.find("<tr><th scope=\"row\">1</th><td>A; B</td></tr>") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
}

TEST_CASE("the printable summary makes https: links openable, in a new tab with noopener, and nothing else") {
    SECTION("an https: link") {
        std::string html = markdown_to_html_page("- A course (Coursera): https://www.coursera.org/learn/x\n", "t");
        CHECK(html.find("<li>A course (Coursera): <a href=\"https://www.coursera.org/learn/x\" target=\"_blank\" rel=\"noopener\">"
                        "https://www.coursera.org/learn/x</a></li>") != std::string::npos);
    }
    SECTION("an http: or javascript: address stays text") {
        std::string html = markdown_to_html_page("- http://example.com/x javascript:alert(1)\n", "t");
        CHECK(html.find("<a ") == std::string::npos);
    }
    SECTION("an address that is not a plain https: link stays text") {
        std::string html = markdown_to_html_page("- https://\n", "t");
        CHECK(html.find("<a ") == std::string::npos);
    }
}
