using System;
using System.CommandLine;
using System.IO;
using System.Text;
using FinalAccounts.Cli.CommandLine;

namespace FinalAccounts.Cli;

/// <summary>The <c>finacct</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the command named by <paramref name="args"/> and returns the exit code (0 ok, 1 errors found, 2 bad usage or input).</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>
    /// Runs a command writing to the given streams, so tests can capture output. Usage errors go to
    /// <paramref name="stderr"/>, one line each, with exit code 2; bare <c>finacct</c> prints the help there, also exit 2.
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Root(stdout, stderr);
        var parse = root.Parse(args);
        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        if (args.Length == 0)
        {
            // No command is a usage error: the help goes where errors go, so a script that forgot its arguments fails.
            root.Parse(new[] { "--help" }).Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
            return CliError.ExitCode;
        }
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            var command = parse.CommandResult.Command;
            var name = command is RootCommand ? string.Empty : command.Name;
            foreach (var error in parse.Errors) CliError.Fail(stderr, name, "用法错误", "usage error", error.Message);
            stderr.WriteLine("finacct" + (name.Length > 0 ? " " + name : string.Empty) + " --help 查看用法 (shows the usage)");
            return CliError.ExitCode;
        }
        try
        {
            return parse.Invoke(invocation);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug, not bad input: still one line and no stack trace for the user, but say it is ours.
            return CliError.Fail(stderr, parse.CommandResult.Command.Name, "内部错误，请报告", "internal error, please report it", ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static RootCommand Root(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand(
            "finacct：核对决算公开报告、重算绩效自评得分、列出政府收支分类科目。\n"
            + "finacct: check 决算公开 reports, recompute 绩效自评 scores, list the 政府收支分类科目.")
        {
            CheckCommand.Create(stdout, stderr),
            ScoreCommand.Create(stdout, stderr),
            Import.ImportCommand.Create(stdout, stderr),
            CodesCommand.Create(stdout, stderr),
        };
        Examples.Add(root,
            "finacct check                  # 核对内置样例报告 (check the bundled seed report)",
            "finacct check report.pdf       # 核对发布的 PDF (check a published PDF)",
            "finacct check --help           # 每个命令的用法与示例 (each command's usage and examples)");
        Examples.Install(root);
        return root;
    }
}
