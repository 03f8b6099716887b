import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readTalkFields as read } from "./read-talks";

describe("the talk reader reads a panel's panellists wherever the recap names them", () => {
  it("takes the panellists a paragraph calls by first name, named in full in a photo's caption", () => {
    const talks = read([
      "We wrapped up with our panel, who took on Who Owns the Platform? (at 1:18:05). Ayesha brought the view from a bank, Tobias spoke about starting from scratch, and Hamish had to cut them off after forty minutes.",
      "",
      "![The panel: Ayesha Siddiqui and Tobias Brandt, with Hamish Doyle moderating](/images/panel.jpeg)",
    ]);
    assert.deepEqual(talks, [{ speakers: ["Ayesha Siddiqui", "Tobias Brandt"], company: null, title: "Who Owns the Platform?", start: 4685 }]);
  });
});

describe("the talk reader reads a panel under its own heading", () => {
  it("takes the panellists from the list under the heading's paragraph, not its moderator", () => {
    const talks = read([
      "### Panel: Who Owns the Pager?",
      "",
      "After the break, Rhiannon Price from Fluxwright moderated our panel (at 52:15). On the panel were:",
      "",
      "- Kemal Aydın, Staff Engineer at Stratoline",
      "- Noor Haddad, Platform Lead at Fennel Labs",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Kemal Aydın", "Noor Haddad"], company: "Stratoline / Fennel Labs", title: "Who Owns the Pager?", start: 3135 },
    ]);
  });
});

describe("the talk reader reads a panel's title without the word for the session", () => {
  it("drops 'The panel:' before the title and gives what follows its capital", () => {
    const talks = read([
      "## The panel: who owns the pager?",
      "",
      "To close, Rhiannon Price moderated our panel. Kemal Aydın leads the platform team at Stratoline, Noor Haddad runs on-call at Fennel Labs and Ilse Brouwer is an SRE at Dijkwerk.",
    ]);
    assert.deepEqual(talks.map((talk) => talk.title), ["Who owns the pager?"]);
  });
});
