using System.IO;
using System.Text.RegularExpressions;

namespace FinalAccounts.Cli.CommandLine;

/// <summary>
/// The one shape of a failure line: "finacct &lt;command&gt;: 中文说明 (English): detail", always one line (a message
/// with line breaks inside, e.g. from a package reader, is collapsed), exit code 2.
/// </summary>
internal static class CliError
{
    /// <summary>Exit code for bad usage or unreadable input.</summary>
    public const int ExitCode = 2;

    private static readonly Regex s_breaks = new(@"\s*[\r\n]+\s*", RegexOptions.CultureInvariant);

    /// <summary>Writes the line and returns 2.</summary>
    public static int Fail(TextWriter stderr, string command, string chinese, string english, string? detail = null)
    {
        stderr.WriteLine(Line(command, chinese, english, detail));
        return ExitCode;
    }

    /// <summary>"finacct command: chinese (english): detail" on one line.</summary>
    public static string Line(string command, string chinese, string english, string? detail = null)
        => OneLine("finacct" + (command.Length > 0 ? " " + command : string.Empty) + ": " + chinese + " (" + english + ")"
            + (string.IsNullOrEmpty(detail) ? string.Empty : ": " + detail));

    /// <summary>Line breaks (and the spaces around them) become one space.</summary>
    public static string OneLine(string text) => s_breaks.Replace(text, " ").Trim();
}
