package se.livsviktig.platform.db.harness;

import javax.sql.DataSource;

/**
 * One running database server on 127.0.0.1, owned by this JVM.
 */
public interface DatabaseServer {

	void createDatabase(String databaseName);

	/**
	 * A data source that opens a new connection to the database each time, as the application user.
	 */
	DataSource dataSource(String databaseName);

	void dropDatabase(String databaseName);

	String jdbcUrl(String databaseName);

	/**
	 * Stops the server and deletes its data directory. Safe to call twice.
	 */
	void stop();

	Vendor vendor();

}
