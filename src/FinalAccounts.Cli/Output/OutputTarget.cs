using System;
using System.IO;
using System.Text;
using FinalAccounts.Cli.CommandLine;

namespace FinalAccounts.Cli.Output;

/// <summary>
/// Where a command's output goes: standard output, or with <c>-o/--output</c> a file that appears whole or not at all
/// (written to a temporary file beside it, then moved over it), so a failed run never leaves half a report behind.
/// </summary>
internal static class OutputTarget
{
    /// <summary>
    /// Runs <paramref name="write"/> into stdout, or into <paramref name="path"/> when given. Returns 0, or 2 after one
    /// line on <paramref name="stderr"/> when the file cannot be written.
    /// </summary>
    public static int Write(string? path, TextWriter stdout, TextWriter stderr, string command, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(stdout);
            return 0;
        }
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) return CliError.Fail(stderr, command, "输出路径 '" + path + "' 是文件夹", "the output path is a folder: name a file");
        var text = new StringWriter();
        write(text);
        var temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temp, text.ToString(), new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
            return 0;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException)
        {
            try { if (File.Exists(temp)) File.Delete(temp); }
            catch (IOException) { /* best effort: the temporary file is hidden and named as such */ }
            return CliError.Fail(stderr, command, "无法写入 '" + path + "'", "cannot write the output file", ex.Message);
        }
    }
}
