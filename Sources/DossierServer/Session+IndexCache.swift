import IndexCache

extension Session {
  /// The index cache this session reads and writes, nil when it is switched off
  /// (`--no-cache`, `initializationOptions.cache: false`) or has nowhere to live.
  func indexCache() -> IndexCache? {
    guard options.useCache, settings.cache != false else {
      logger.info("index cache: off")
      return nil
    }
    guard let directory = options.cacheDirectory ?? IndexCache.defaultDirectory() else {
      logger.info("index cache: off (no XDG_CACHE_HOME or HOME to keep it in)")
      return nil
    }
    return IndexCache(
      directory: directory,
      build: IndexCache.buildIdentity(
        version: options.version, executablePath: options.executablePath))
  }
}
