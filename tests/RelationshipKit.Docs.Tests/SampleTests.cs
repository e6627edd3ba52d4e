using System.Diagnostics;
using System.Reflection;

namespace RelationshipKit.Docs.Tests;

/// <summary>Runs the console samples as a user would and checks what they print, so a sample can never rot.</summary>
public class SampleTests
{
    [Fact]
    public void BondsAndBenefits_PrintsClassificationGapsAndRecommendation()
    {
        var (exitCode, output, error) = Run("BondsAndBenefits");

        exitCode.Should().Be(0, error);
        output.Should().StartWith("Bond: Marriage of convenience\n")
            .And.Contain("To become a committed partnership: No move of the free dimensions makes committed-partnership the best match while voluntariness is held fixed. Releasing voluntariness would make it reachable.")
            .And.Contain("Within reach, kinship (not chosen, but warm): To make Kinship the best match, raise basis from -0.80 to 0.46 (toward emotional)")
            .And.Contain("Benefit confidence: gap 2.33, ConcentrateHere")
            .And.Contain("Relationship type: Transactional");
    }

    [Fact]
    public void CustomerValue_OnCdnow_FitsThePublishedModelsAndValuesTheBase()
    {
        var (exitCode, output, error) = Run("CustomerValue");

        exitCode.Should().Be(0, error);
        var lines = output.Split('\n');
        lines[0].Should().Be("2357 customers, holdout of 39 weeks");
        lines[1].Should().StartWith("BG/NBD: r = 0.2425").And.Contain("alpha = 4.4136").And.EndWith("log-likelihood -9582.43");
        lines[2].Should().Be("Holdout repeat purchases: expected 1653, actual 1882");
        lines[4].Should().StartWith("Gamma-Gamma: p = 6.2495").And.EndWith("(1411 customers without repeat purchases left out)");
        lines[5].Should().Be("One-year margin of the base: 21,672 dollars");
        lines[7].Should().Be("  0509   18     78.63    356.08");
        lines.Count(l => l.StartsWith("  ", StringComparison.Ordinal)).Should().Be(10);
    }

    [Fact]
    public void ContactCentre_TellsTheCustomerCareStoryOfTheSources()
    {
        var (exitCode, output, error) = Run("ContactCentre");

        exitCode.Should().Be(0, error);
        output.Split('\n').Should().Equal(
            "Greeting: Good afternoon, Mr Kowalski. Is this about the washing machine delivered on 9 June?",
            "Consultant: ewa has the best score for c-1001; next olga 0.61. ewa 0.94 = (style 3 × 1 (both analytical) + skills 4 × 1 (has appliances, billing) + load 2 × 0.75 (2 of 8 cases)) / 9; age-band not scored (weight 0: the application does not match on age)",
            "After the transfer: verify again? no: already verified by pin on phone at 2026-06-11T12:01:00Z; carried across 1 transfers: do not ask again",
            "Callback promise p-1: kept by i-2 at 11 Jun 15:30, due 11 Jun 16:12 (Written)",
            "Call at 11 Jun 18:30: held (suppressed: his team's match); next allowed 11 Jun 20:00",
            "Planned: 12 Jun 18:00 thank-you-call on phone - thank-you call right after a sale, with a satisfaction check [thank-you-after-sale; moved]",
            "Planned: 25 Jun 16:00 satisfaction-survey on e-mail - satisfaction survey [survey-after-sale; scheduled]",
            string.Empty);
    }

    [Fact]
    public void CustomerValue_BadFile_ExitsTwoNamingLineAndColumn()
    {
        var path = Path.Combine(Path.GetTempPath(), "rk-sample-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "customer_id,date,amount\nA,2025-01-01,12.50\nB,yesterday,3\n");
        try
        {
            var (exitCode, output, error) = Run("CustomerValue", path);

            exitCode.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().StartWith($"{path}:3:3: ");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int ExitCode, string Output, string Error) Run(string sample, params string[] args)
    {
        var configuration = typeof(SampleTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var dll = Path.Combine(ReadmeTests.RepoRoot(), "samples", sample, "bin", configuration, "net10.0", sample + ".dll");
        File.Exists(dll).Should().BeTrue($"the sample is built with this test project ({dll})");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Invariant number formatting in the child, whatever the machine's culture.
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Replace("\r\n", "\n", StringComparison.Ordinal), error.Result);
    }
}
