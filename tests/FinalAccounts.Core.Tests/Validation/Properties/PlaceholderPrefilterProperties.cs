using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Validation.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// <summary>
/// FA1120 runs its placeholder regex only on texts its prefilter passes (<c>TemplateTextRule.MayHoldPlaceholder</c>): the
/// prefilter must pass every text the regex (copied here as the oracle) matches, over texts built from the placeholders,
/// their pieces and ordinary report text.
/// </summary>
public sealed class PlaceholderPrefilterProperties
{
    private static readonly Regex s_placeholder = new(
        @"[XＸxｘ]{2,}|[×╳]{2,}|某某|[（(]\s*单位名称\s*[)）]|此处填写|(?:…+|\.{3,}|[XＸ×]{2,})\s*年|20[XＸxｘ×]{2}\s*年",
        RegexOptions.CultureInvariant);

    private static readonly string[] s_pieces =
    {
        "X", "x", "Ｘ", "ｘ", "×", "╳", "某", "…", ".", "..", "20", "年", " ", "（", "(", "）", ")", "单位名称", "单位", "名称", "此处填写", "此处",
        "填写", "部门决算", "1,234.56万元", "，", "。",
    };

    /// Law: whatever the placeholder regex matches, the prefilter passes (it never hides a placeholder).
    [Property(MaxTest = 5000)]
    public Property The_prefilter_passes_every_text_the_placeholder_regex_matches()
        => Prop.ForAll(
            Gen.Elements(s_pieces).ArrayOf().Where(a => a.Length <= 10).Select(a => string.Concat(a)).ToArbitrary(),
            t => !s_placeholder.IsMatch(t) || TemplateTextRule.MayHoldPlaceholder(t));

    // Worked by hand: each alternative passes; ordinary text with decimals and 单位 does not.
    [Theory]
    [InlineData("XX局", true)]
    [InlineData("××", true)]
    [InlineData("某某单位", true)]
    [InlineData("（单位名称）", true)]
    [InlineData("此处填写", true)]
    [InlineData("...年", true)]
    [InlineData("20ｘｘ年", true)]
    [InlineData("本单位2024年支出1,234.56万元。", false)]
    public void Passes_the_placeholders(string text, bool passes) => Assert.Equal(passes, TemplateTextRule.MayHoldPlaceholder(text));
}
