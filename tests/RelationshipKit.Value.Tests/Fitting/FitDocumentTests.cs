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

    [Theory]
    [InlineData("sbg", "\"alpha\": 0.7, \"beta\": 1.3", "period", typeof(SbgModel))]
    [InlineData("bgnbd", "\"r\": 0.24, \"alpha\": 4.4, \"a\": 0.79, \"b\": 2.4", "week", typeof(BgNbdModel))]
    [InlineData("mbgnbd", "\"r\": 0.5, \"alpha\": 6.2, \"a\": 0.9, \"b\": 2.1", "day", typeof(MbgNbdModel))]
    [InlineData("paretonbd", "\"r\": 0.55, \"alpha\": 10.6, \"s\": 0.61, \"beta\": 11.7", "14 days", typeof(ParetoNbdModel))]
    [InlineData("bgbb", "\"alpha\": 1.2, \"beta\": 0.75, \"gamma\": 0.66, \"delta\": 2.8", "period", typeof(BgBbModel))]
    [InlineData("gammagamma", "\"p\": 6.25, \"q\": 3.74, \"v\": 15.4", "week", typeof(GammaGammaModel))]
    public void LoadAnyModel_EachModel_ReadsItsNameModelAndTypedFit(string model, string parameters, string unit, Type type)
    {
        var json = Document(model, parameters, unit);

        var loaded = FitDocument.FromJson(json);

        loaded.ModelName.Should().Be(model);
        loaded.ModelType.Should().Be(type);
        loaded.Model.Should().BeOfType(type);
        loaded.TimeUnit.Name.Should().Be(unit);
        loaded.Status.Should().Be(FitStatus.Converged);
        var (typed, direct) = ((string, string))typeof(FitDocumentTests)
            .GetMethod(nameof(TypedAndDirect), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type).Invoke(null, [loaded, json])!;
        typed.Should().Be(direct, "As<TModel> gives the fit that FromJson<TModel> reads from the same document");
        typed.Should().Contain($"\"model\": \"{model}\"").And.Contain($"\"time_unit\": \"{unit}\"").And.Contain("\"customers\": 10");
        loaded.TryAs<BgNbdModel>(out var bgnbd).Should().Be(type == typeof(BgNbdModel));
        (bgnbd is null).Should().Be(type != typeof(BgNbdModel));
    }

    [Fact]
    public async Task LoadAnyModel_FromAStream_ReadsOnceAndPredictsBitForBit()
    {
        var fit = BgNbd.Value;
        var bytes = Encoding.UTF8.GetBytes(FitDocument.ToJson(fit));
        var stream = new CountingStream(bytes);

        var loaded = FitDocument.Load(stream);
        var loadedAsync = await FitDocument.LoadAsync(new MemoryStream(bytes));

        stream.Opened.Should().Be(1, "the document is read once, model name and model together");
        loaded.ModelName.Should().Be("bgnbd");
        var table = CdnowData.Summary;
        Predictions((BgNbdModel)loaded.Model, table).Should().Equal(Predictions(fit.Model, table));
        ShouldMatch(loaded.As<BgNbdModel>(), fit);
        ShouldMatch(loadedAsync.As<BgNbdModel>(), fit);
    }

    [Fact]
    public void LoadAnyModel_UnknownModel_NamesTheLibrarysModels()
    {
        var act = () => FitDocument.FromJson(Document("weibull", BgNbdParameters, "week"));

        act.Should().Throw<JsonException>()
            .WithMessage("model must be one of sbg, bgnbd, mbgnbd, paretonbd, bgbb, gammagamma; was \"weibull\".")
            .Which.Path.Should().Be("$.model");
    }

    [Fact]
    public void LoadAnyModel_NewerSchemaVersion_IsRejectedNamingBothVersions()
    {
        var json = Document("bgnbd", BgNbdParameters, "week").Replace("\"schema_version\": 1", "\"schema_version\": 3", StringComparison.Ordinal);

        var act = () => FitDocument.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        act.Should().Throw<JsonException>().WithMessage(
            "the document has schema_version 3, newer than 1, the newest this version of RelationshipKit.Value reads; update the package to load it.");
    }

    [Fact]
    public void LoadAnyModel_MalformedJson_ThrowsWithThePosition()
    {
        var act = () => FitDocument.FromJson("{\n  \"model\": \"bgnbd\",\n  oops\n}");

        var error = act.Should().Throw<JsonException>().Which;
        error.LineNumber.Should().Be(2);
        error.BytePositionInLine.Should().Be(2);
    }

    [Theory]
    [InlineData("sbg", "\"alpha\": 1, \"beta\": 1", "week", "time_unit must be period for sbg; was \"week\".")]
    [InlineData("paretonbd", "\"r\": 1, \"alpha\": 1, \"a\": 1, \"b\": 1", "week", "parameters has an unknown parameter \"a\" for paretonbd; expected r, alpha, s, beta.")]
    [InlineData("gammagamma", "\"p\": 1, \"q\": 1", "week", "parameters must have p, q, v for gammagamma; v is missing.")]
    public void LoadAnyModel_BadDocumentOfAKnownModel_NamesTheKeyAndTheRule(string model, string parameters, string unit, string message)
    {
        var act = () => FitDocument.FromJson(Document(model, parameters, unit));

        act.Should().Throw<JsonException>().WithMessage(message);
    }

    [Fact]
    public void LoadAnyModel_AsAnotherModel_ThrowsNamingBoth()
    {
        var loaded = FitDocument.FromJson(Document("sbg", "\"alpha\": 1, \"beta\": 2", "period"));

        loaded.TryAs<BgNbdModel>(out var fit).Should().BeFalse();
        fit.Should().BeNull();
        loaded.TryAs<RelationshipKit.Value.Models.PurchaseModel>(out _).Should().BeFalse("a base type is not the fit's model type");
        FluentActions.Invoking(() => loaded.As<BgNbdModel>()).Should().Throw<InvalidOperationException>()
            .WithMessage("The fit is for model \"sbg\" (SbgModel), not BgNbdModel; read ModelName or use TryAs first.");
        loaded.As<SbgModel>().Model.Parameters.Should().Be(new SbgParameters(1, 2));
    }

    [Fact]
    public void LoadAnyModel_NullArguments_Throw()
    {
        FluentActions.Invoking(() => FitDocument.FromJson(null!)).Should().Throw<ArgumentNullException>().WithParameterName("json");
        FluentActions.Invoking(() => FitDocument.Load(null!)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        FluentActions.Awaiting(() => FitDocument.LoadAsync(null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("stream");
    }

    private const string BgNbdParameters = "\"r\": 0.24, \"alpha\": 4.4, \"a\": 0.79, \"b\": 2.4";

    private static string Document(string model, string parameters, string unit) =>
        "{\"schema_version\": 1, \"model\": \"" + model + "\", \"status\": \"converged\", \"message\": \"m\", \"parameters\": {" + parameters +
        "}, \"standard_errors\": {" + StandardErrors(parameters) + "}, \"log_likelihood\": -10, \"iterations\": 3, \"gradient_norm\": 1E-09, \"penalizer\": 0, " +
        "\"customers\": 10, \"excluded_rows\": 0, \"time_unit\": \"" + unit + "\"}";

    private static string StandardErrors(string parameters) => string.Join(", ", parameters.Split(", ").Select(p => p[..(p.IndexOf(':', StringComparison.Ordinal) + 1)] + " 0.5"));

    private static (string Typed, string Direct) TypedAndDirect<TModel>(LoadedFit loaded, string json)
        where TModel : class => (FitDocument.ToJson(loaded.As<TModel>()), FitDocument.ToJson(FitDocument.FromJson<TModel>(json)));

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

    /// <summary>A stream that counts how often reading starts from its beginning.</summary>
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public int Opened { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position == 0)
            {
                Opened++;
            }

            return base.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            if (Position == 0)
            {
                Opened++;
            }

            return base.Read(buffer);
        }
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
