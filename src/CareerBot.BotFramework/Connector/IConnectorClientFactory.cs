namespace CareerBot.BotFramework.Connector;

/// <summary>Creates the connector client for a channel service URL, with the bot's outbound credentials.</summary>
public interface IConnectorClientFactory
{
    IConnectorClient Create(string serviceUrl);
}
