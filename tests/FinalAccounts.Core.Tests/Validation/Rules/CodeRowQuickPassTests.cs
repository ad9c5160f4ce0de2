using FinalAccounts.Classification;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1070 passes a row whose printed code is exactly its code's text without parsing it: that is sound only if every
/// 功能分类 code parses back from its own text to itself, which this checks over the whole table.
/// </summary>
public sealed class CodeRowQuickPassTests
{
    [Fact]
    public void Every_function_code_parses_back_from_its_own_text_to_itself()
    {
        Assert.NotEmpty(FunctionCode.All);
        foreach (var code in FunctionCode.All)
        {
            Assert.True(FunctionCode.TryParse(code.Code, out var parsed), code.Code);
            Assert.Equal(code, parsed);
        }
    }
}
