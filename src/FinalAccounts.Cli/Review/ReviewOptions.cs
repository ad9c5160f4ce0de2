using System.Collections.Generic;

namespace FinalAccounts.Cli.Review;

/// <summary>What <c>finacct check</c> was asked for beyond one report on stdout: several reports and the reviewer outputs.</summary>
internal sealed class ReviewOptions
{
    /// <summary>Report files and folders (a folder is searched recursively for .pdf, .xlsx and .json).</summary>
    public List<string> Paths { get; } = new();

    /// <summary>--output-dir: one findings file per report (&lt;name&gt;.findings.json) and summary.json / summary.csv.</summary>
    public string? OutputDir { get; set; }

    /// <summary>--html: a page per report (a file when one report and the name ends in .html, else a folder with index.html).</summary>
    public string? Html { get; set; }

    /// <summary>--annotate: the annotated PDF per PDF report (a file when one PDF and the name ends in .pdf, else a folder).</summary>
    public string? Annotate { get; set; }

    /// <summary>--xlsx: every finding of every report as one sheet.</summary>
    public string? Xlsx { get; set; }

    /// <summary>--parallel: how many reports at once (default: the number of cores).</summary>
    public int Parallel { get; set; }

    /// <summary>--min-severity: the findings shown on stdout and in each findings file (counts and exit code keep every one).</summary>
    public FinalAccounts.Validation.Severity MinSeverity { get; set; } = FinalAccounts.Validation.Severity.Info;

    /// <summary>--policy: the 绩效自评 scoring policy of the FA2xxx checks (national by default, as for one report).</summary>
    public FinalAccounts.Scoring.ScoringPolicy Policy { get; set; } = FinalAccounts.Scoring.ScoringPolicy.National;

    /// <summary>text, json or sarif (sarif only for one report).</summary>
    public string Format { get; set; } = "text";

    /// <summary>True when anything asks for the review path rather than the single-report check.</summary>
    public bool AnyOutput => OutputDir != null || Html != null || Annotate != null || Xlsx != null;
}
