using BenchmarkDotNet.Running;

namespace FinalAccounts.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter *CodeParse*</c> or <c>--job dry</c>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["review-cpu"])
        {
            ReviewCpuTime.Run(System.Console.Out); // a recorded CPU-time comparison, not a BenchmarkDotNet run
            return;
        }
        if (args is ["folder-scaling"])
        {
            FolderScaling.Run(System.Console.Out); // a recorded timing: one worker against one per core, with CPU time
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
