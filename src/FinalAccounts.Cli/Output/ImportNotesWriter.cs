using System.IO;
using FinalAccounts.Cli.CommandLine;
using FinalAccounts.Import;

namespace FinalAccounts.Cli.Output;

/// <summary>The FA4xxx notes of an import, one line each, Chinese first: "注意 FA4005 p.23 where：标题 (English detail)".</summary>
internal static class ImportNotesWriter
{
    public static void Write(ImportResult result, TextWriter w, string? file = null)
    {
        if (result.Notes.Count == 0) return;
        w.WriteLine((file == null ? string.Empty : file + " ") + "导入提示（导入时未能确定、未读取的内容，请人工核对 / what the import left out or was unsure of: please check by hand）：");
        foreach (var note in result.Notes)
        {
            w.WriteLine(CliError.OneLine("注意 " + note));
        }
    }
}
