using System;
using System.IO;

namespace FinalAccounts.Cli.Output;

/// <summary>ANSI colours, only where a person is looking at a terminal that shows them (and NO_COLOR is not set).</summary>
internal static class Colour
{
    public static bool Enabled(TextWriter writer)
        => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";

    public static string Paint(string text, string code, bool enabled) => enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
}
