using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;

namespace FinalAccounts.Fuzz.Tests;

/// <summary>
/// Runs fuzz inputs one after another on a worker thread and watches it: an input still running after the time limit is
/// a hang (reported with the input, and the run stops); an exception outside the target's contract is a crash, reported
/// once per type and place with the first input that raised it. The limit is far above any honest input's time, so a
/// slow shared machine never fails a run: it flags endless loops, not speed.
/// </summary>
internal sealed class Watchdog<T>
{
    private readonly string _target;
    private readonly Func<Exception, bool> _documented;
    private readonly TimeSpan _limit;
    private readonly Func<T, string> _describe;

    public Watchdog(string target, Func<Exception, bool> documented, TimeSpan limit, Func<T, string> describe)
    {
        _target = target;
        _documented = documented;
        _limit = limit;
        _describe = describe;
    }

    public FuzzOutcome Run(IEnumerable<T> inputs, Action<T> body)
    {
        var crashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = 0;
        var documented = 0;
        object? current = null;
        long started = 0;
        var done = false;
        Exception? harnessError = null;
        var worker = new Thread(() =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    Volatile.Write(ref current, (object?)input);
                    Volatile.Write(ref started, Stopwatch.GetTimestamp());
                    try
                    {
                        body(input);
                    }
                    catch (Exception ex) when (_documented(ex))
                    {
                        documented++;
                    }
                    catch (Exception ex)
                    {
                        var frame = new StackTrace(ex, false).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("FinalAccounts", StringComparison.Ordinal) == true)
                            ?? new StackTrace(ex, false).GetFrame(0);
                        var place = ex.GetType().Name + " at " + (frame?.GetMethod() is { } m ? m.DeclaringType?.Name + "." + m.Name : "?");
                        if (!crashes.ContainsKey(place)) crashes.Add(place, _describe(input) + " → " + FirstLine(ex.Message));
                    }
                    Interlocked.Increment(ref count);
                    Volatile.Write(ref started, 0);
                }
            }
            catch (Exception ex)
            {
                harnessError = ex;
            }
            Volatile.Write(ref done, true);
        }, 256 * 1024 * 1024) { IsBackground = true, Name = "fuzz " + _target };
        worker.Start();
        string? hang = null;
        while (!Volatile.Read(ref done))
        {
            Thread.Sleep(50);
            var since = Volatile.Read(ref started);
            if (since != 0 && Stopwatch.GetElapsedTime(since) > _limit)
            {
                hang = _describe((T)Volatile.Read(ref current)!);
                break;
            }
        }
        if (harnessError != null) throw new InvalidOperationException("the fuzz harness itself failed", harnessError);
        return new FuzzOutcome(_target, Volatile.Read(ref count), documented, crashes, hang, _limit);
    }

    private static string FirstLine(string message)
    {
        var cut = message.IndexOfAny(new[] { '\r', '\n' });
        return cut < 0 ? message : message.Substring(0, cut);
    }
}

/// <summary>What one fuzz target did: inputs run, refusals by contract, distinct crashes and a hang.</summary>
internal sealed record FuzzOutcome(string Target, int Inputs, int Refused, IReadOnlyDictionary<string, string> Crashes, string? Hang, TimeSpan Limit)
{
    public override string ToString() => Target + ": " + Inputs + " inputs, " + Refused + " refused by contract, " + Crashes.Count + " undocumented exceptions"
        + (Hang != null ? ", a HANG over " + Limit.TotalSeconds + " s on " + Hang : string.Empty)
        + string.Concat(Crashes.Select(c => "\n  " + c.Key + ": " + c.Value));
}
