using System;
using System.IO;

namespace FinalAccounts.Cli.Output;

/// <summary>
/// Writes a findings view in the chosen format: JSON and SARIF are one document each, the same for every command that
/// checks (check, check --cross, check with reviewer options); the text is the command's own, given as <c>text</c>.
/// </summary>
internal static class FindingsOutput
{
    public static void Write(FindingsView view, string format, TextWriter writer, Action<TextWriter> text)
    {
        switch (format)
        {
            case "json":
                JsonFindingsWriter.Write(view, writer);
                break;
            case "sarif":
                SarifWriter.Write(view, writer);
                break;
            default:
                text(writer);
                break;
        }
    }
}
