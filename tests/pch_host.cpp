// Compiles the tests' shared precompiled header (tests/CMakeLists.txt, ECOSENTRY_PCH).
