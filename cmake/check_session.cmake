# Fails when the session (web/session/) includes a UI or platform header: it is platform-free and UI-free,
# so native tests drive it and any front end can sit on it. ImGui is not even on its include path; this
# also catches emscripten's headers, which every web compile can see.
#   cmake -DFILES="a.cpp|b.h" -P check_session.cmake
string(REPLACE "|" ";" files "${FILES}")
set(found 0)
foreach(file ${files})
  file(STRINGS "${file}" lines)
  set(n 0)
  foreach(line IN LISTS lines)
    math(EXPR n "${n} + 1")
    if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"]((imgui|emscripten|GLFW|GLES)[^>\"]*)[>\"]")
      message("${file}:${n}: the session includes ${CMAKE_MATCH_1}: drawing belongs in web/views, the platform in web/main.cpp")
      math(EXPR found "${found} + 1")
    endif()
  endforeach()
endforeach()
if(found GREATER 0)
  message(FATAL_ERROR "${found} UI or platform include(s) in the session")
endif()
