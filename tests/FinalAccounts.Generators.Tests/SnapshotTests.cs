using System.IO;
using Xunit;
using static FinalAccounts.Generators.Tests.TestHost;

namespace FinalAccounts.Generators.Tests;

/// <summary>
/// The whole output for one small table is approved text: any change to what the generator emits shows up as a
/// diff against Snapshots/LocalFunctionCode.approved.txt (a .received.txt is written beside it to compare).
/// </summary>
public class SnapshotTests
{
    [Fact]
    public void Generated_type_matches_the_approved_snapshot()
    {
        var codes = new Table("/consumer/local-function.csv", "Function", "MyRegion.LocalFunctionCode", Csv(
            "code,name,parent_code,level,source,evidence",
            "299,乡村振兴专项支出,,类,本地分类表（2025）,",
            "29901,乡村产业发展,299,款,本地分类表（2025）,verified",
            "2990101,特色农产品培育,29901,项,village-2025.pdf p.4,printed",
            "2990102,农村电商服务,29901,项,,"));
        var aliases = new Table("/consumer/aliases.csv", "Aliases", null, Csv(
            "scheme,code,name,first_year,last_year,current_code,source",
            "function,29901,乡村产业扶持,2021,2023,,本地分类表（2021）"));
        var run = Run(codes, aliases);
        run.AssertCompilesCleanly();
        var received = run.Source("MyRegion.LocalFunctionCode").Replace("\r\n", "\n");

        var dir = Path.Combine(RepoRoot, "tests", "FinalAccounts.Generators.Tests", "Snapshots");
        var approvedPath = Path.Combine(dir, "LocalFunctionCode.approved.txt");
        var receivedPath = Path.Combine(dir, "LocalFunctionCode.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n") : string.Empty;
        if (approved != received)
        {
            File.WriteAllText(receivedPath, received);
            Assert.Fail("the generated LocalFunctionCode differs from " + approvedPath + "; compare with " + receivedPath + " and copy it over when the change is intended");
        }
        if (File.Exists(receivedPath)) File.Delete(receivedPath);
    }
}
