using System;
using System.Collections.Generic;
using System.Globalization;
using FinalAccounts.Money;

namespace FinalAccounts.Reports;

/// <summary>
/// A 年度指标值 or 实际完成值 as a 项目支出绩效自评表 prints it, typed: a number with its unit and the decimals it was printed
/// with ("≥95%", "≤134万元", "3.00" with unit 项), words ("按时完成", "长期有效保障"), or nothing.
/// </summary>
public sealed class IndicatorValue
{
    private static readonly string[] s_units =
    {
        "%", "人", "人次", "万元", "元", "天", "月", "年", "次", "项", "卷", "册", "个", "台", "套", "户", "家", "件", "份",
        "小时", "场", "场次", "批次", "期", "分",
        // Seen on provincial 自评表 (issue 15): lengths, areas, volumes, land, livestock, households, rates per head.
        "米", "厘米", "公里", "千米", "平方米", "平方公里", "立方米", "亩", "公顷", "吨", "公斤", "千克", "头", "只", "株", "棵",
        "所", "辆", "条", "篇", "张", "处", "座", "名", "万人", "万人次", "元/人", "万元/人", "元/人·年", "元/亩", "元/平方米", "万元/公里",
        "个百分点", "周", "日", "工作日",
    };

    /// <summary>Names a 计量单位 cell may print for a unit of <see cref="Units"/>: 百分比 and the full-width ％ are %.</summary>
    private static string Canonical(string unit) => unit switch
    {
        "％" or "百分比" or "百分率" => "%",
        "人/次" => "人次",
        _ => unit,
    };

    private static readonly (string Text, IndicatorDirection Direction)[] s_comparators =
    {
        ("大于等于", IndicatorDirection.AtLeast), ("小于等于", IndicatorDirection.AtMost), ("等于", IndicatorDirection.Exactly),
        (">=", IndicatorDirection.AtLeast), ("<=", IndicatorDirection.AtMost), ("≥", IndicatorDirection.AtLeast),
        ("≧", IndicatorDirection.AtLeast), ("≤", IndicatorDirection.AtMost), ("≦", IndicatorDirection.AtMost),
        ("＝", IndicatorDirection.Exactly), ("=", IndicatorDirection.Exactly),
    };

    private IndicatorValue(string text, IndicatorValueKind kind, decimal number, int decimals, string unit, IndicatorDirection? comparison)
    {
        Text = text;
        Kind = kind;
        Number = number;
        Decimals = decimals;
        Unit = unit;
        Comparison = comparison;
    }

    /// <summary>The empty cell.</summary>
    public static IndicatorValue Empty { get; } = new(string.Empty, IndicatorValueKind.Empty, 0m, 0, string.Empty, null);

    /// <summary>The units a numeric value may carry (计量单位).</summary>
    public static IReadOnlyList<string> Units => s_units;

    /// <summary>The cell as printed (comparator and unit included when printed there).</summary>
    public string Text { get; }

    /// <summary>Number, words, or empty.</summary>
    public IndicatorValueKind Kind { get; }

    /// <summary>True for a number.</summary>
    public bool IsNumber => Kind == IndicatorValueKind.Number;

    /// <summary>The number (0 unless <see cref="IsNumber"/>).</summary>
    public decimal Number { get; }

    /// <summary>The decimals the number was printed with ("3.00" has 2).</summary>
    public int Decimals { get; }

    /// <summary>The unit (%, 万元, 天 …), from the cell or the 计量单位 column; empty for words or a bare number.</summary>
    public string Unit { get; }

    /// <summary>The comparator printed in the cell ("≥95%" → <see cref="IndicatorDirection.AtLeast"/>), or null.</summary>
    public IndicatorDirection? Comparison { get; }

    /// <summary>A number with a unit, e.g. for tests and generated tables.</summary>
    /// <exception cref="FormatException">The unit is not one of <see cref="Units"/> (empty is allowed).</exception>
    public static IndicatorValue Of(decimal number, string unit = "")
    {
        unit = Canonical(unit);
        if (unit.Length > 0 && Array.IndexOf(s_units, unit) < 0) throw UnknownUnit(unit, unit);
        var text = number.ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        return new IndicatorValue(text + unit, IndicatorValueKind.Number, number, point < 0 ? 0 : text.Length - point - 1, unit, null);
    }

    /// <summary>Words, e.g. "按时完成".</summary>
    public static IndicatorValue OfText(string text) => string.IsNullOrWhiteSpace(text) ? Empty : new IndicatorValue(text, IndicatorValueKind.Text, 0m, 0, string.Empty, null);

    /// <summary>
    /// Reads a cell as printed: an optional comparator (≥ ≤ = or 大于等于 …), a number (thousands commas allowed), an optional
    /// unit; or words; or nothing. <paramref name="unitColumn"/> is the 计量单位 cell of the row, used when the value prints
    /// no unit of its own.
    /// </summary>
    /// <exception cref="FormatException">
    /// A comparator not followed by a number, a number followed by an unknown unit, or a unit that contradicts the 计量单位
    /// column; the message quotes the cell.
    /// </exception>
    public static IndicatorValue Parse(string? text, string? unitColumn = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return Empty;
        var printed = text!;
        var rest = printed.Trim();
        IndicatorDirection? comparison = null;
        foreach (var (word, direction) in s_comparators)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                comparison = direction;
                rest = rest.Substring(word.Length).TrimStart();
                break;
            }
        }
        var column = unitColumn?.Trim() ?? string.Empty;
        column = Canonical(column);
        if (column.Length > 0 && Array.IndexOf(s_units, column) < 0) throw UnknownUnit(printed, column);
        var end = NumberEnd(rest);
        if (end == 0)
        {
            if (comparison != null) throw new FormatException($"\"{printed}\" is not an indicator value: a comparator must be followed by a number (e.g. ≥95%).");
            return new IndicatorValue(printed, IndicatorValueKind.Text, 0m, 0, string.Empty, null);
        }
        if (!NumberText.TryParse(rest.Substring(0, end), out var number, out var decimals))
        {
            throw new FormatException($"\"{printed}\" is not an indicator value: '{rest.Substring(0, end)}' is not a number as tables print it.");
        }
        var unit = rest.Substring(end).Trim();
        unit = Canonical(unit);
        if (unit.Length > 0 && Array.IndexOf(s_units, unit) < 0) throw UnknownUnit(printed, unit);
        if (unit.Length > 0 && column.Length > 0 && unit != column)
        {
            throw new FormatException($"\"{printed}\" is in {unit} but the row's 计量单位 is {column}.");
        }
        return new IndicatorValue(printed, IndicatorValueKind.Number, number, decimals, unit.Length > 0 ? unit : column, comparison);
    }

    /// <summary>
    /// True for words that say a target was met, as quantitative rows print them: 完成, 已完成, 全部完成, 按期完成, 按时完成, 如期完成,
    /// 达标, 已达标, 达到, 合格 (spaces ignored; "基本完成" and "部分完成" are not among them).
    /// </summary>
    public bool ReadsAsMet => Kind == IndicatorValueKind.Text && Array.IndexOf(s_metWords, Squeeze(Text)) >= 0;

    private static readonly string[] s_metWords = { "完成", "已完成", "全部完成", "按期完成", "按时完成", "如期完成", "达标", "已达标", "达到", "合格" };

    /// <summary>True when both are words (or empty) that read the same once spaces are ignored.</summary>
    public bool SameWordsAs(IndicatorValue other)
        => Kind != IndicatorValueKind.Number && other.Kind != IndicatorValueKind.Number
        && string.Equals(Squeeze(Text), Squeeze(other.Text), StringComparison.Ordinal);

    /// <summary>The cell as printed.</summary>
    public override string ToString() => Text;

    private static string Squeeze(string s)
    {
        var chars = new List<char>(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c)) chars.Add(c);
        }
        return new string(chars.ToArray());
    }

    private static int NumberEnd(string s)
    {
        var i = 0;
        if (i < s.Length && (s[i] == '-' || s[i] == '+' || s[i] == '\u2212')) i++;
        var digits = i;
        while (i < s.Length && ((s[i] >= '0' && s[i] <= '9') || s[i] == ',' || s[i] == '.')) i++;
        return i > digits ? i : 0;
    }

    private static FormatException UnknownUnit(string printed, string unit)
        => new($"\"{printed}\": unit '{unit}' is not one of {string.Join("、", s_units)}.");
}
