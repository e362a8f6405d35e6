// Word's number formats as Chinese documents use them (ECMA-376 ST_NumberFormat), written out the way Word
// shows them in front of a heading or an item.
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../../ingest/read/docx-numbering.ts";

describe("Word number formats", () => {
  it.each([
    [1, "chineseCounting", "一"],
    [10, "chineseCounting", "十"],
    [12, "chineseCountingThousand", "十二"],
    [20, "taiwaneseCountingThousand", "二十"],
    [35, "chineseCounting", "三十五"],
    [105, "chineseCounting", "一百零五"],
    [110, "chineseCounting", "一百一十"],
    [2021, "ideographDigital", "二〇二一"],
    [3, "chineseLegalSimplified", "叁"],
    [14, "chineseLegalSimplified", "壹拾肆"],
    [105, "chineseLegalSimplified", "壹佰零伍"],
    [2, "ideographTraditional", "乙"],
    [3, "decimalEnclosedCircle", "③"],
    [7, "decimalFullWidth", "７"],
    [4, "decimal", "4"],
    [4, "decimalZero", "04"],
    [3, "upperLetter", "C"],
    [28, "lowerLetter", "bb"],
    [14, "upperRoman", "XIV"],
    [9, "lowerRoman", "ix"],
    [5, "someFutureFormat", "5"],
  ])("%i in %s is %s", (n, format, expected) => {
    expect(formatNumber(n, format)).toBe(expected);
  });
});
