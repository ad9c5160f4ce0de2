using System;

namespace FinalAccounts.Reports;

/// <summary>
/// A part given to <see cref="ReportBuilder"/> that the report cannot hold: a word outside the format's vocabulary, a number
/// not in its grammar or beyond its limits, an unknown code or 功能分类 path, an id used twice or a reference to none.
/// <see cref="Element"/> names the part by its place in the report file format, so a reader can say which line.
/// </summary>
public sealed class ReportBuildException : ArgumentException
{
    /// <summary>Creates the exception for the part at <paramref name="element"/>.</summary>
    public ReportBuildException(string element, string problem)
        : base(element + ": " + problem)
    {
        Element = element ?? throw new ArgumentNullException(nameof(element));
        Problem = problem ?? throw new ArgumentNullException(nameof(problem));
    }

    /// <summary>The part, by its JSON path in the report file format (<c>$.tables[0].cells[3].value</c>).</summary>
    public string Element { get; }

    /// <summary>What is wrong with it, e.g. "basis '决策' is not one of 决算、年初预算 …".</summary>
    public string Problem { get; }
}
