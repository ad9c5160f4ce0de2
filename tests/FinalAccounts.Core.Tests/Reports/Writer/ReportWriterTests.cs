using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FinalAccounts.Core.Tests.Validation.Properties;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Reports.Writer;

/// <summary>
/// <see cref="ReportWriter"/> is the inverse of <see cref="ReportReader"/>: reading what it writes gives the same model
/// (compared through <see cref="ReportDump"/>, which reads only the model's properties), and writing a read file is
/// stable from the first write on.
/// </summary>
public sealed class ReportWriterTests
{
    private static FinalAccountsReport Read(string json) => ReportReader.Parse(json, "written.json");

    private static void AssertSameModel(FinalAccountsReport expected, FinalAccountsReport actual, bool withJsonPaths, string context)
    {
        var a = ReportDump.Of(expected, withJsonPaths);
        var b = ReportDump.Of(actual, withJsonPaths);
        if (a != b) Assert.Fail(context + ": the model read back differs at " + ReportDump.FirstDifference(a, b));
    }

    /// <summary>Law: read(write(m)) equals m on everything the format carries, for models built in code.</summary>
    [Property(MaxTest = 300)]
    public Property Reading_what_was_written_gives_the_model_back() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var model = ModelGen.Build(seed);
            var json = ReportWriter.Write(model);
            AssertSameModel(model, Read(json), withJsonPaths: false, ModelGen.Describe(seed) + "\n" + json);
        });

    /// <summary>
    /// Law: for a file x written by someone else (table defaults, thousands commas, fields the model does not hold),
    /// write(read(x)) reads back as read(x) — JSON paths included — and writing it again gives the same text.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property Writing_a_read_file_is_stable() =>
        Prop.ForAll(ReportGen.Arbitrary(), spec =>
        {
            var x = Publisher.Publish(spec).ToJson(out _);
            AssertStable(x, "generated report");
        });

    private static void AssertStable(string x, string context)
    {
        var first = Read(x);
        var written = ReportWriter.Write(first);
        var second = Read(written);
        AssertSameModel(first, second, withJsonPaths: true, context);
        Assert.Equal(written, ReportWriter.Write(second));
    }

    [Fact]
    public void The_seed_report_round_trips()
    {
        var path = FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json");
        AssertStable(File.ReadAllText(path), "seed wuhai-hrss-2024.json");
        // The seed's 5 项目支出绩效自评表 are written too, and the seed's own checks do not change by being rewritten.
        var seed = ReportReader.ReadFile(path);
        var rewritten = Read(ReportWriter.Write(seed));
        Assert.Equal(5, rewritten.Evaluations.Count);
        Assert.Equal(
            FinalAccounts.Validation.ReportChecker.Check(seed).Findings.Select(f => f.RuleId + " " + f.Location.JsonPath + " " + f.Message),
            FinalAccounts.Validation.ReportChecker.Check(rewritten).Findings.Select(f => f.RuleId + " " + f.Location.JsonPath + " " + f.Message));
    }

    [SkippableFact]
    public void The_real_report_transcription_round_trips()
    {
        var report = PutuoReport.Load();
        var written = ReportWriter.Write(report);
        AssertSameModel(report, Read(written), withJsonPaths: true, "Putuo");
        Assert.Equal(written, ReportWriter.Write(Read(written)));
    }

    [Fact]
    public void A_large_evaluation_round_trips() => AssertStable(FinalAccounts.Core.Tests.Scoring.ScoringLinearityTests.Evaluation(40), "40 indicators");

    /// <summary>The written text, checked by hand against seeds/schema/README.md for one small report.</summary>
    [Fact]
    public void A_small_report_is_written_as_the_format_documents()
    {
        var cellAt = new FigureLocation("表1", "支出决算表", string.Empty, string.Empty, string.Empty, "合计", "本年支出合计", 0, 3);
        var table = new ReportTable("表1", "支出决算表", CurrencyUnit.WanYuan, new[]
        {
            new StatedFigure(new FigureKey("本年支出合计", "决算"), "2,940.05", "万元", cellAt),
        });
        var at = new FigureLocation("2.1-1", "一、收入支出决算总体情况说明", string.Empty, "收入总计100.00万元，下降5%。", string.Empty, page: 7);
        var statement = new Statement("2.1-1", "一、收入支出决算总体情况说明", string.Empty, "收入总计100.00万元，下降5%。",
            new[]
            {
                new StatedFigure(new FigureKey("收入总计", "决算"), "100.00", "万元", at),
                new StatedFigure(new FigureKey("收入总计", "较上年决算增减率"), "-5", "%", at),
            },
            new[] { new Explanation(new FigureKey("收入总计", "较上年决算增减率"), Array.Empty<FigureKey>(), false, "变动原因", new[] { new ExplanationPart("人员减少", null, null) }, at) });
        var report = new FinalAccountsReport(new ReportInfo("测试决算", 2024, "测试单位", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan, "test.pdf", string.Empty),
            new[] { table }, new[] { statement });

        var expected = """
            {
              "formatVersion": 1,
              "report": {
                "title": "测试决算",
                "year": 2024,
                "unitName": "测试单位",
                "level": "单位",
                "unitKind": "行政单位",
                "currencyUnit": "万元",
                "source": "test.pdf"
              },
              "tables": [
                {
                  "id": "表1",
                  "title": "支出决算表",
                  "unit": "万元",
                  "cells": [
                    {
                      "row": "合计",
                      "column": "本年支出合计",
                      "concept": "本年支出合计",
                      "basis": "决算",
                      "value": "2,940.05",
                      "page": 3
                    }
                  ]
                }
              ],
              "statements": [
                {
                  "id": "2.1-1",
                  "section": "一、收入支出决算总体情况说明",
                  "sentence": "收入总计100.00万元，下降5%。",
                  "page": 7,
                  "figures": [
                    {
                      "concept": "收入总计",
                      "basis": "决算",
                      "value": "100.00",
                      "unit": "万元"
                    },
                    {
                      "concept": "收入总计",
                      "basis": "较上年决算增减率",
                      "value": "-5",
                      "unit": "%"
                    }
                  ],
                  "explanations": [
                    {
                      "explains": {
                        "concept": "收入总计",
                        "basis": "较上年决算增减率"
                      },
                      "partial": false,
                      "marker": "变动原因",
                      "parts": [
                        {
                          "text": "人员减少"
                        }
                      ]
                    }
                  ]
                }
              ]
            }
            """;
        Assert.Equal(expected.Replace("\r\n", "\n"), ReportWriter.Write(report).Replace("\r\n", "\n"));
    }

    [Fact]
    public void Writing_to_a_stream_writes_utf8_without_a_byte_order_mark()
    {
        var report = ModelGen.Build(7);
        using var stream = new MemoryStream();
        ReportWriter.Write(report, stream);
        var bytes = stream.ToArray();
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF);
        Assert.Equal(ReportWriter.Write(report), Encoding.UTF8.GetString(bytes));
        using var _ = JsonDocument.Parse(bytes);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => ReportWriter.Write(null!));
        Assert.Throws<ArgumentNullException>(() => ReportWriter.Write(ModelGen.Build(1), null!));
    }
}
