namespace FinalAccounts.Classification;

/// <summary>What every generated code type offers, for code that handles codes of any scheme.</summary>
public interface IClassificationCode
{
    /// <summary>The code as printed in reports, e.g. "2080101".</summary>
    string Code { get; }

    /// <summary>The Chinese name, e.g. "行政运行".</summary>
    string Name { get; }

    /// <summary>The code followed by its name, e.g. "2080101 行政运行".</summary>
    string DisplayName { get; }

    /// <summary>类, 款, 项 or 目.</summary>
    ClassificationLevel Level { get; }

    /// <summary>The classification the code belongs to.</summary>
    ClassificationScheme Scheme { get; }

    /// <summary>True when a cited source shows this code and name; false for rows marked unverified.</summary>
    bool IsVerified { get; }

    /// <summary>How the code and name are evidenced: verified, printed in a real report, or unverified.</summary>
    ClassificationEvidence Evidence { get; }

    /// <summary>Where the row came from (usually a URL), or empty.</summary>
    string Source { get; }
}
