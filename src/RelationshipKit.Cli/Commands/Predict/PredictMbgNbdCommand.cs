using System.CommandLine;
using RelationshipKit.Value.Models.MbgNbd;

namespace RelationshipKit.Cli.Commands.Predict;

/// <summary><c>relationshipkit predict mbgnbd</c>: P(alive), expected purchases and, with spend parameters, expected spend and CLV per customer from MBG/NBD parameters.</summary>
internal static class PredictMbgNbdCommand
{
    public static Command Create() => PurchasePrediction.Create(
        "mbgnbd",
        "Predict P(alive) and expected purchases over --horizon from MBG/NBD parameters (--parameters \"r=…,alpha=…,a=…,b=…\" or --fit FIT.json); with --spend-parameters also Gamma-Gamma expected spend and CLV.",
        MbgNbdModel.ParameterNames,
        (p, unit) => new MbgNbdModel(new MbgNbdParameters(p[0], p[1], p[2], p[3]), unit));
}
