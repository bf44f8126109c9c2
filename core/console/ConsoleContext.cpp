#include "ConsoleContext.h"

#include "common/Logging.h"
#include "crypto/SelfTest.h"
#include "storage/ConsoleSchema.h"

namespace pasban {

ConsoleContext::ConsoleContext(DataDirectory directory, storage::Database database)
    : m_dataDirectory(std::move(directory))
    , m_database(std::move(database))
    , m_settings(std::make_unique<Settings>(m_dataDirectory.settingsPath()))
{
}

Result<std::unique_ptr<ConsoleContext>> ConsoleContext::start(const Options &options)
{
    // The self-test comes first: nothing may be decrypted, verified or stored
    // with a cryptography library that gives wrong answers.
    const Status selfTest = options.selfTest ? options.selfTest() : crypto::selfTest();
    if (!selfTest)
        return selfTest.error();

    Result<DataDirectory> directory = DataDirectory::resolve(options.dataDirectory);
    if (!directory)
        return directory.error();

    Result<storage::Database> database =
        storage::openConsoleDatabase(directory->filePath(storage::consoleDatabaseFileName()), options.busyTimeoutMs);
    if (!database)
        return database.error();

    qCInfo(lcApp) << "console started; schema ready";
    return std::unique_ptr<ConsoleContext>(
        new ConsoleContext(std::move(directory).value(), std::move(database).value()));
}

Result<std::unique_ptr<ConsoleContext>> ConsoleContext::start(const QString &dataDirectory)
{
    Options options;
    options.dataDirectory = dataDirectory;
    return start(options);
}

QString ConsoleContext::databasePath() const
{
    return m_dataDirectory.filePath(storage::consoleDatabaseFileName());
}

} // namespace pasban
