#include "extract/string_pool.h"

#include <doctest/doctest.h>

#include <string>

using inmaek::extract::StringPool;

TEST_CASE("StringPool: one index per distinct string, dense, stable while it grows") {
  StringPool p;
  const auto a = p.intern("오픈AI");
  const auto b = p.intern("OpenAI");
  CHECK(a == 0);
  CHECK(b == 1);
  CHECK(p.intern(std::string("오픈") + "AI") == a);
  CHECK(p.intern("") == 2);
  const std::string& first = p[a];
  for (int i = 0; i < 10000; ++i) p.intern("name " + std::to_string(i));
  CHECK(p.size() == 10003);
  CHECK(&p[a] == &first);  // references stay valid
  CHECK(p[b] == "OpenAI");
  CHECK(p.intern("name 9999") == 10002);
}
