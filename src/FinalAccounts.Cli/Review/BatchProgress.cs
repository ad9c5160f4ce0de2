using System;
using System.IO;
using System.Threading;
using FinalAccounts.Review.Batch;
using Spectre.Console;

namespace FinalAccounts.Cli.Review;

/// <summary>
/// Progress over a run: a Spectre.Console progress bar when stderr is a terminal, else one plain line per report
/// ("finacct: [3/40] a/r.pdf: 2 个错误 …"), which a batch system's log keeps readable.
/// </summary>
internal sealed class BatchProgress
{
    private readonly TextWriter _stderr;
    private readonly int _total;
    private int _done;
    private ProgressTask? _task;

    private BatchProgress(TextWriter stderr, int total)
    {
        _stderr = stderr;
        _total = total;
    }

    /// <summary>Runs <paramref name="work"/> with progress shown for <paramref name="total"/> reports.</summary>
    public static T Show<T>(TextWriter stderr, int total, Func<BatchProgress, T> work)
    {
        var progress = new BatchProgress(stderr, total);
        if (!IsTerminal(stderr)) return work(progress);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                progress._task = ctx.AddTask("核对报告", maxValue: total);
                result = work(progress);
            });
        return result;
    }

    /// <summary>Counts one report done (called from the worker threads).</summary>
    public void Done(ReportSummary s)
    {
        var done = Interlocked.Increment(ref _done);
        if (_task != null)
        {
            _task.Increment(1);
            return;
        }
        var what = s.Problem ?? $"{s.Errors} 个错误，{s.Warnings} 个警告，{s.Infos} 个舍入提示";
        lock (_stderr) _stderr.WriteLine($"finacct: [{done}/{_total}] {s.Name}: {what}");
    }

    private static bool IsTerminal(TextWriter stderr)
        => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
