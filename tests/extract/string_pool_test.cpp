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

TEST_CASE("StringPool: intern_shared keeps a new text's buffer and hands it out to share") {
  StringPool p;
  const inmaek::SharedText sentence(std::string("윤슬AI는 60억원 규모의 시드 투자를 받았다."));
  const auto i = p.intern_shared(sentence);
  CHECK(p.shared(i).shares(sentence));  // kept, not copied
  CHECK(p.intern(std::string("윤슬AI는 60억원 규모의 시드 투자를 받았다.")) == i);
  const inmaek::SharedText again(std::string("윤슬AI는 60억원 규모의 시드 투자를 받았다."));
  CHECK(p.intern_shared(again) == i);
  CHECK_FALSE(p.shared(i).shares(again));  // the first copy stays the one handed out
  p.clear();
  CHECK(p.size() == 0);
  CHECK(sentence.size() > 0);  // still alive where it is shared
}
