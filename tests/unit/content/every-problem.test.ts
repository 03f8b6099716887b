import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readRecap } from "../../../lib/content/read-recap";

const FILE = "content/recaps/2019-03-20-cloud-native-london-march-2019.md";
const problemsOf = (text: string) => readRecap(FILE, text, { publicDir: "public" }).problems.map((problem) => [problem.line, problem.message]);

describe("one run shows every problem of a file", () => {
  it("still checks the other fields when one is missing", () => {
    const problems = problemsOf(["---", "video: https://vimeo.com/123", "image: /images/none.png", "---", "", "Hello."].join("\n"));
    assert.deepEqual(
      problems.map(([line]) => line),
      [1, 2, 3],
    );
    assert.match(String(problems[1]?.[1]), /not a YouTube video URL/);
    assert.match(String(problems[2]?.[1]), /does not exist under public/);
  });

  it("reports an unclosed quote at the line where the value starts", () => {
    const problems = problemsOf(["---", 'title: "Cloud Native London March 2019', "video: https://youtu.be/Kq3ZtW9xLm2", "location: London", "---", "", "Hello."].join("\n"));
    assert.deepEqual(problems[0]?.[0], 2);
    assert.match(String(problems[0]?.[1]), /not valid YAML \(Missing closing "quote\)/);
  });
});
