package se.livsviktig.platform.persistence.harness;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;

/**
 * HikariCP, the portal's default pool (jdbc.default.liferay.pool.provider), in front of the test database. Without
 * a pool every transaction would open a new PostgreSQL backend, which costs more than the work the tier tests.
 */
final class ConnectionPool {

	static DataSource create(String name, DataSource dataSource) {
		HikariConfig hikariConfig = new HikariConfig();

		// With -Dlivsviktig.harness.countStatements=true the pool's connections count their statements; off, the
		// database's own DataSource as always.

		hikariConfig.setDataSource(StatementCounter.wrapIfEnabled(dataSource));

		// Room for every thread a concurrency test starts, plus the counter's own transactions. With fewer
		// connections than concurrent callers, a caller that holds one and needs a second for the counter's
		// transaction of its own (a new id range) waits for callers that wait for it: the pool deadlocks until
		// its timeout. The portal has the same trap; README says how to size its pool.

		hikariConfig.setMaximumPoolSize(_MAXIMUM_POOL_SIZE);
		hikariConfig.setMinimumIdle(2);
		hikariConfig.setPoolName(name);

		return new HikariDataSource(hikariConfig);
	}

	private ConnectionPool() {
	}

	private static final int _MAXIMUM_POOL_SIZE = 250;

}
