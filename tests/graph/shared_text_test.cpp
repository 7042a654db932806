#include "graph/shared_text.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "graph/relation.h"

using inmaek::SharedText;

TEST_CASE("SharedText: copies share one buffer, compares and prints as its string") {
  const SharedText a(std::string("샘 올트먼은 오픈AI를 설립했다."));
  const SharedText b = a;
  CHECK(b.shares(a));
  CHECK(b.data() == a.data());  // one buffer, not a copy
  const SharedText c("샘 올트먼은 오픈AI를 설립했다.");
  CHECK_FALSE(c.shares(a));
  CHECK(c == a);
  CHECK((SharedText("a") <=> SharedText("b")) == std::strong_ordering::less);
  CHECK(a == std::string("샘 올트먼은 오픈AI를 설립했다."));
  CHECK(SharedText() == "");
  CHECK(SharedText().empty());
  CHECK(SharedText("").size() == 0);
  std::ostringstream s;
  s << SharedText("x\"y");
  CHECK(s.str() == "x\"y");
  const std::string& as_string = a;
  CHECK(as_string.size() == a.size());
}

TEST_CASE("issue 5: evidence copies share their texts, and still order and compare by value") {
  inmaek::Evidence e{"d1", "a.txt", "문장 하나.", 0, 14, "ko.rule"};
  inmaek::Evidence copy = e;
  CHECK(copy.sentence.shares(e.sentence));
  CHECK(copy == e);
  inmaek::Evidence other{"d1", "a.txt", "문장 둘.", 0, 11, "ko.rule"};
  CHECK(other < e);  // "둘" < "하"
}
