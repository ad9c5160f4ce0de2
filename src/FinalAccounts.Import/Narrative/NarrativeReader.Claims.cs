using System.Text.RegularExpressions;

namespace FinalAccounts.Import.Narrative;

internal static partial class NarrativeReader
{
    private sealed partial class Reader
    {
        /// <summary>The sections where a unit with nothing to report says so in one sentence, and the statement id given to it.</summary>
        private static readonly (string Heading, string Section, string Id)[] s_noneSections =
        {
            ("（二）“三公”经费财政拨款支出决算具体情况说明", "七、财政拨款“三公”经费支出决算情况说明", "3.7-90"),
            ("八、政府性基金预算财政拨款收入支出决算情况说明", "八、政府性基金预算财政拨款收入支出决算情况说明", "3.8-90"),
            ("九、国有资本经营预算财政拨款收入支出决算情况说明", "九、国有资本经营预算财政拨款收入支出决算情况说明", "3.9-90"),
        };

        /// <summary>
        /// 七（二）, 八 and 九 of a unit that has none of them: "上海市普陀区财政局2024年度无“三公”经费财政拨款支出。". The
        /// sentence prints no figure; it is kept as a statement without figures (<see cref="StatementDraft.Claim"/>) so that rule
        /// FA1181 reads its claim of 0 against the tables. A sentence with an amount (万元) or the template's placeholder (XX)
        /// claims nothing of the unit, and a sentence about the whole region is no claim of the unit's own.
        /// </summary>
        public void NoneClaims()
        {
            foreach (var (heading, section, id) in s_noneSections)
            {
                if (_text.Section(heading, null) is not { } s) continue;
                var next = Regex.Match(s.Text, "[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分");
                var text = next.Success ? s.Text.Substring(0, next.Index) : s.Text;
                var at = 0;
                foreach (var sentence in Regex.Split(text, "(?<=。)"))
                {
                    if (Regex.IsMatch(sentence, "(?:无|没有|未发生)[“\"]?(?:三公|政府性基金|国有资本经营)")
                        && !Regex.IsMatch(sentence, "万元|[XＸ×]{2,}|所属|" + RegionWide))
                    {
                        Add(id, section, string.Empty, sentence, s.Offset + at).Claim = true;
                        break;
                    }
                    at += sentence.Length;
                }
            }
        }
    }
}
