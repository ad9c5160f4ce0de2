using FinalAccounts.Generators.Naming;
using Xunit;

namespace FinalAccounts.Generators.Tests;

/// <summary>Hand-checked expectations for <see cref="Pinyin.ToIdentifier"/>.</summary>
public class PinyinTests
{
    [Theory]
    [InlineData("行政运行", "XingZhengYunXing")]
    [InlineData("社会保障和就业支出", "SheHuiBaoZhangHeJiuYeZhiChu")]
    [InlineData("其他支出", "QiTaZhiChu")]
    public void Hanzi_become_capitalised_syllables(string name, string expected)
    {
        Assert.Equal(expected, Pinyin.ToIdentifier(name));
    }

    [Theory]
    [InlineData("因公出国（境）费用", "YinGongChuGuoJingFeiYong")]
    [InlineData("维修（护）费", "WeiXiuHuFei")]
    [InlineData("“三公”经费", "SanGongJingFei")]
    public void Brackets_and_quotes_are_dropped(string name, string expected)
    {
        Assert.Equal(expected, Pinyin.ToIdentifier(name));
    }

    [Theory]
    [InlineData("债务还本支出", "ZhaiWuHuanBenZhiChu")]
    [InlineData("差旅费", "ChaiLvFei")]
    [InlineData("地上附着物和青苗补偿", "DiShangFuZhuoWuHeQingMiaoBuChang")]
    public void Polyphonic_characters_use_their_finance_reading(string name, string expected)
    {
        Assert.Equal(expected, Pinyin.ToIdentifier(name));
    }

    [Theory]
    [InlineData("PPP项目", "PPPXiangMu")]
    [InlineData("abc def", "AbcDef")]
    public void Ascii_letter_runs_keep_case_but_start_upper(string name, string expected)
    {
        Assert.Equal(expected, Pinyin.ToIdentifier(name));
    }

    [Fact]
    public void Leading_digit_gets_prefix()
    {
        Assert.Equal("N2024NianDu", Pinyin.ToIdentifier("2024年度"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("（）、——")]
    public void Nothing_usable_gives_Unnamed(string name)
    {
        Assert.Equal("Unnamed", Pinyin.ToIdentifier(name));
    }
}
