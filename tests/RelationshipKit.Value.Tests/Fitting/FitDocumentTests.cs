using System.Text;
using System.Text.Json;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.BgBb;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Models.GammaGamma;
using RelationshipKit.Value.Models.MbgNbd;
using RelationshipKit.Value.Models.ParetoNbd;
using RelationshipKit.Value.Models.Sbg;
using RelationshipKit.Value.Tests.Models;

namespace RelationshipKit.Value.Tests.Fitting;

public class FitDocumentTests
{
    private static readonly Lazy<FitResult<BgNbdModel>> BgNbd = new(() => BgNbdModel.Fit(CdnowData.Summary));

    [Fact]
    public void RoundTrip_BgNbd_KeepsEverythingAndPredictsBitForBit()
    {
        var fit = BgNbd.Value;

        var loaded = FitDocument.FromJson<BgNbdModel>(FitDocument.ToJson(fit));

        ShouldMatch(loaded, fit);
        loaded.Model.Parameters.Should().Be(fit.Model.Parameters);
        loaded.Model.TimeUnit.Should().Be(TimeUnit.Week);
        var table = CdnowData.Summary;
        Predictions(loaded.Model, table).Should().Equal(Predictions(fit.Model, table), "the same doubles give the same predictions");
    }

    [Fact]
    public void RoundTrip_MbgNbdAndParetoNbd_PredictBitForBit()
    {
        var table = CdnowData.Summary;
        var mbg = MbgNbdModel.Fit(table);
        var mbgLoaded = FitDocument.FromJson<MbgNbdModel>(FitDocument.ToJson(mbg));
        ShouldMatch(mbgLoaded, mbg);
        Predictions(mbgLoaded.Model, table).Should().Equal(Predictions(mbg.Model, table));

        var pareto = ParetoNbdModel.Fit(table);
        var paretoLoaded = FitDocument.FromJson<ParetoNbdModel>(FitDocument.ToJson(pareto));
        ShouldMatch(paretoLoaded, pareto);
        Predictions(paretoLoaded.Model, table).Should().Equal(Predictions(pareto.Model, table));
    }

    [Fact]
    public void RoundTrip_GammaGamma_PredictsBitForBit()
    {
        var fit = GammaGammaModel.Fit(CdnowData.SummaryWithSpend);
        using var stream = new MemoryStream();
        FitDocument.Save(fit, stream);
        stream.Position = 0;

        var loaded = FitDocument.Load<GammaGammaModel>(stream);

        ShouldMatch(loaded, fit);
        var table = CdnowData.SummaryWithSpend;
        var expected = new double[table.Count];
        var actual = new double[table.Count];
        fit.Model.ConditionalExpectedAverageSpend(table, expected);
        loaded.Model.ConditionalExpectedAverageSpend(table, actual);
        actual.Should().Equal(expected);
    }

    [Fact]
    public async Task RoundTrip_BgBb_AsyncFromAStream()
    {
        var fit = BgBbModel.Fit(DonationsData.Table);
        var bytes = Encoding.UTF8.GetBytes(FitDocument.ToJson(fit));

        var loaded = await FitDocument.LoadAsync<BgBbModel>(new MemoryStream(bytes));

        ShouldMatch(loaded, fit);
        loaded.TimeUnit.Should().Be(TimeUnit.Period);
        loaded.Model.ProbabilityAlive(4, 5, 6).Should().Be(fit.Model.ProbabilityAlive(4, 5, 6));
        loaded.Model.ConditionalExpectedPurchases(5, 4, 5, 6).Should().Be(fit.Model.ConditionalExpectedPurchases(5, 4, 5, 6));
    }

    [Fact]
    public void RoundTrip_SbgBoundaryEstimate_KeepsStatusMessageAndNullStandardErrors()
    {
        var fit = SbgModel.Fit([1000, 1000, 1000]);
        var json = FitDocument.ToJson(fit);

        var loaded = FitDocument.FromJson<SbgModel>(json);

        ShouldMatch(loaded, fit);
        loaded.Status.Should().Be(FitStatus.BoundaryEstimate);
        json.Should().Contain("\"status\": \"boundary_estimate\"").And.Contain("\"alpha\": null");
        loaded.Model.Survival(3).Should().Be(fit.Model.Survival(3));
    }

    [Fact]
    public void ToJson_IsTheDocumentedShape()
    {
        using var document = JsonDocument.Parse(FitDocument.ToJson(BgNbd.Value));
        document.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(
            "schema_version", "model", "converged", "status", "message", "parameters", "standard_errors", "log_likelihood", "aic", "bic",
            "iterations", "gradient_norm", "penalizer", "customers", "excluded_rows", "time_unit");
        document.RootElement.GetProperty("schema_version").GetInt32().Should().Be(FitDocument.SchemaVersion);
        document.RootElement.GetProperty("model").GetString().Should().Be("bgnbd");
        document.RootElement.GetProperty("time_unit").GetString().Should().Be("week");
    }

    [Fact]
    public void FromJson_NewerSchemaVersion_IsRejectedNamingBothVersions()
    {
        var json = FitDocument.ToJson(BgNbd.Value).Replace("\"schema_version\": 1", "\"schema_version\": 2", StringComparison.Ordinal);
        var act = () => FitDocument.FromJson<BgNbdModel>(json);
        act.Should().Throw<JsonException>().WithMessage("the document has schema_version 2, newer than 1, the newest this version of RelationshipKit.Value reads; update the package to load it.");
    }

    [Fact]
    public void FromJson_WithoutSchemaVersion_IsReadAsVersionOne()
    {
        var json = FitDocument.ToJson(BgNbd.Value).Replace("\"schema_version\": 1,", string.Empty, StringComparison.Ordinal);
        FitDocument.FromJson<BgNbdModel>(json).Model.Parameters.Should().Be(BgNbd.Value.Model.Parameters);
    }

    [Theory]
    [InlineData("\"model\": \"bgnbd\"", "\"model\": \"paretonbd\"", "the document is for model \"paretonbd\", not \"bgnbd\".")]
    [InlineData("\"time_unit\": \"week\"", "\"time_unit\": \"fortnight\"", "time_unit must be day, week, N days or period; was \"fortnight\".")]
    [InlineData("\"time_unit\": \"week\"", "\"time_unit\": \"period\"", "time_unit must have a calendar length (day, week, N days) for bgnbd; was \"period\".")]
    [InlineData("\"status\": \"converged\"", "\"status\": \"fine\"", "status must be one of converged, iteration_limit_reached, boundary_estimate, numerical_failure; was \"fine\".")]
    [InlineData("\"customers\": 2357", "\"customers\": 0", "customers must be > 0; was 0.")]
    [InlineData("\"iterations\": ", "\"iterations\": -1, \"x\": ", "iterations must be a whole number >= 0; was -1.")]
    [InlineData("\"time_unit\": \"week\"", "\"unit\": \"week\"", "the document has no \"time_unit\"; a fit document has schema_version, model, status, message, parameters, standard_errors, log_likelihood, iterations, gradient_norm, penalizer, customers, excluded_rows and time_unit.")]
    public void FromJson_BadKey_NamesItAndTheRule(string find, string replace, string message)
    {
        var json = FitDocument.ToJson(BgNbd.Value);
        json.Should().Contain(find);
        var act = () => FitDocument.FromJson<BgNbdModel>(ReplaceFirst(json, find, replace));
        act.Should().Throw<JsonException>().WithMessage(message);
    }

    [Theory]
    [InlineData("{\"r\": 1, \"alpha\": 1, \"a\": 1}", "parameters must have r, alpha, a, b for bgnbd; b is missing.")]
    [InlineData("{\"r\": 1, \"alpha\": 1, \"a\": 1, \"b\": 1, \"c\": 2}", "parameters has an unknown parameter \"c\" for bgnbd; expected r, alpha, a, b.")]
    [InlineData("{\"r\": 1, \"alpha\": -4, \"a\": 1, \"b\": 1}", "parameter alpha must be a finite number > 0; was -4.")]
    [InlineData("{\"r\": \"1\", \"alpha\": 1, \"a\": 1, \"b\": 1}", "parameters.r must be a finite number; was \"1\".")]
    [InlineData("[1, 2]", "parameters must be an object keyed by parameter name; was an array.")]
    public void FromJson_BadParameters_NameTheRule(string parameters, string message)
    {
        var json = "{\"schema_version\": 1, \"model\": \"bgnbd\", \"status\": \"converged\", \"message\": \"m\", \"parameters\": " + parameters +
            ", \"standard_errors\": {}, \"log_likelihood\": null, \"iterations\": 3, \"gradient_norm\": null, \"penalizer\": 0, \"customers\": 10, \"excluded_rows\": 0, \"time_unit\": \"day\"}";
        var act = () => FitDocument.FromJson<BgNbdModel>(json);
        act.Should().Throw<JsonException>().WithMessage(message);
    }

    [Fact]
    public void FromJson_NullLogLikelihood_LoadsAsNoValue()
    {
        var json = "{\"schema_version\": 1, \"model\": \"bgnbd\", \"status\": \"numerical_failure\", \"message\": \"m\", \"parameters\": {\"r\": 1, \"alpha\": 2, \"a\": 3, \"b\": 4}" +
            ", \"standard_errors\": {\"r\": null}, \"log_likelihood\": null, \"iterations\": 3, \"gradient_norm\": null, \"penalizer\": 0, \"customers\": 10, \"excluded_rows\": 0, \"time_unit\": \"day\"}";

        var fit = FitDocument.FromJson<BgNbdModel>(json);

        fit.LogLikelihood.Should().BeNull();
        fit.Aic.Should().BeNull();
        fit.Bic.Should().BeNull();
        fit.GradientNorm.Should().BeNull();
        fit.Converged.Should().BeFalse();
        FitDocument.ToJson(fit).Should().Contain("\"log_likelihood\": null").And.Contain("\"aic\": null");
    }

    [Fact]
    public void FromJson_NotJson_ThrowsJsonException()
    {
        var act = () => FitDocument.FromJson<BgNbdModel>("{\"model\": ");
        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Guards_NullArgumentsAndUnknownModels_Throw()
    {
        FluentActions.Invoking(() => FitDocument.ToJson<BgNbdModel>(null!)).Should().Throw<ArgumentNullException>().WithParameterName("fit");
        FluentActions.Invoking(() => FitDocument.FromJson<BgNbdModel>(null!)).Should().Throw<ArgumentNullException>().WithParameterName("json");
        FluentActions.Invoking(() => FitDocument.FromJson<string>("{}")).Should().Throw<ArgumentException>()
            .WithMessage("TModel must be one of the library's models (SbgModel, BgNbdModel, MbgNbdModel, ParetoNbdModel, BgBbModel, GammaGammaModel); was String.*");
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, index), replace, text.AsSpan(index + find.Length));
    }

    private static void ShouldMatch<TModel>(FitResult<TModel> loaded, FitResult<TModel> original)
        where TModel : class
    {
        loaded.Parameters.Should().Equal(original.Parameters);
        loaded.Status.Should().Be(original.Status);
        loaded.Message.Should().Be(original.Message);
        loaded.LogLikelihood.Should().Be(original.LogLikelihood);
        loaded.Aic.Should().Be(original.Aic);
        loaded.Bic.Should().Be(original.Bic);
        loaded.Iterations.Should().Be(original.Iterations);
        loaded.GradientNorm.Should().Be(original.GradientNorm);
        loaded.Penalizer.Should().Be(original.Penalizer);
        loaded.Customers.Should().Be(original.Customers);
        loaded.ExcludedRows.Should().Be(original.ExcludedRows);
        loaded.TimeUnit.Should().Be(original.TimeUnit);
        FitDocument.ToJson(loaded).Should().Be(FitDocument.ToJson(original), "a loaded fit saves to the same document");
    }

    private static double[] Predictions(RelationshipKit.Value.Models.PurchaseModel model, RfmTable table)
    {
        var alive = new double[table.Count];
        var expected = new double[table.Count];
        model.ProbabilityAlive(table, alive);
        model.ConditionalExpectedPurchases(39, table, expected);
        return [.. alive, .. expected];
    }
}
