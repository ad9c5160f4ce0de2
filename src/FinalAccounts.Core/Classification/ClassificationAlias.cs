using System;
using System.Globalization;

namespace FinalAccounts.Classification;

/// <summary>
/// Another name (or an old code) a classification code had in the editions of some years, from an alias table
/// (<c>FinalAccountsScheme="Aliases"</c>): e.g. 2200199 was 其他国土资源事务支出 until 2018.
/// </summary>
public sealed class ClassificationAlias : IEquatable<ClassificationAlias>
{
    /// <summary>Creates an alias; <paramref name="firstYear"/> and <paramref name="lastYear"/> are 0 when not known.</summary>
    /// <exception cref="ArgumentException">A code or name is empty, both years are unknown, or the years are reversed.</exception>
    public ClassificationAlias(string code, string name, int firstYear, int lastYear, string currentCode, string source)
    {
        if (string.IsNullOrEmpty(code)) throw new ArgumentException("The alias code is empty.", nameof(code));
        if (string.IsNullOrEmpty(name)) throw new ArgumentException("The alias name is empty.", nameof(name));
        if (string.IsNullOrEmpty(currentCode)) throw new ArgumentException("The current code is empty.", nameof(currentCode));
        if (firstYear == 0 && lastYear == 0) throw new ArgumentException("An alias needs a first year, a last year or both.", nameof(lastYear));
        if (firstYear != 0 && lastYear != 0 && lastYear < firstYear) throw new ArgumentException("The last year is before the first year.", nameof(lastYear));
        Code = code;
        Name = name;
        FirstYear = firstYear;
        LastYear = lastYear;
        CurrentCode = currentCode;
        Source = source ?? string.Empty;
    }

    /// <summary>The code as those editions printed it (the current code unless a revision moved it).</summary>
    public string Code { get; }

    /// <summary>The name those editions gave it.</summary>
    public string Name { get; }

    /// <summary>The first year whose edition used the name, or 0 when not known.</summary>
    public int FirstYear { get; }

    /// <summary>The last year whose edition used the name, or 0 when it is not known to have ended.</summary>
    public int LastYear { get; }

    /// <summary>The code today.</summary>
    public string CurrentCode { get; }

    /// <summary>Where the alias is evidenced, or empty.</summary>
    public string Source { get; }

    /// <summary>True when the edition of <paramref name="year"/> used this name (an unknown bound is open).</summary>
    public bool Covers(int year) => (FirstYear == 0 || year >= FirstYear) && (LastYear == 0 || year <= LastYear);

    /// <summary>The years in words, e.g. "2018年及以前 (before 2019)".</summary>
    public string Years =>
        FirstYear == 0 ? LastYear.ToString(CultureInfo.InvariantCulture) + "年及以前 (before " + (LastYear + 1).ToString(CultureInfo.InvariantCulture) + ")" :
        LastYear == 0 ? FirstYear.ToString(CultureInfo.InvariantCulture) + "年起 (from " + FirstYear.ToString(CultureInfo.InvariantCulture) + ")" :
        FirstYear.ToString(CultureInfo.InvariantCulture) + "–" + LastYear.ToString(CultureInfo.InvariantCulture) + "年 (" + FirstYear.ToString(CultureInfo.InvariantCulture) + "–" + LastYear.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>
    /// A note for a reader, Chinese first: "“其他国土资源事务支出”是 2200199 的旧名称（2018年及以前）; old name of 2200199, before 2019".
    /// </summary>
    public string Note
    {
        get
        {
            var years = Years;
            var open = years.IndexOf(" (", StringComparison.Ordinal);
            var chinese = years.Substring(0, open);
            var english = years.Substring(open + 2, years.Length - open - 3);
            return Code == CurrentCode
                ? "“" + Name + "”是 " + CurrentCode + " 的旧名称（" + chinese + "）; old name of " + CurrentCode + ", " + english
                : Code + " " + Name + " 现为 " + CurrentCode + "（" + chinese + "）; old code of " + CurrentCode + ", " + english;
        }
    }

    /// <inheritdoc />
    public bool Equals(ClassificationAlias? other)
        => other is not null && Code == other.Code && Name == other.Name && FirstYear == other.FirstYear && LastYear == other.LastYear
           && CurrentCode == other.CurrentCode && Source == other.Source;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClassificationAlias);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(CurrentCode) ^ StringComparer.Ordinal.GetHashCode(Name) ^ LastYear;

    /// <inheritdoc />
    public override string ToString() => Note;
}
