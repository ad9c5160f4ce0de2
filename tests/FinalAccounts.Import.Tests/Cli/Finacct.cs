using System.IO;
using FinalAccounts.Cli;

namespace FinalAccounts.Import.Tests.Cli;

/// <summary>Runs <c>finacct</c> in process and captures its exit code and streams.</summary>
internal static class Finacct
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
