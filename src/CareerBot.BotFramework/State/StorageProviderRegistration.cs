using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.BotFramework.State;

/// <summary>
/// Registers the services of one <c>Storage:Provider</c> value: given the <c>Storage</c> section and the content root
/// that relative paths are resolved against (null: the host environment's).
/// </summary>
public delegate void StorageProviderRegistration(IServiceCollection services, IConfigurationSection storage, string? contentRootPath);
