package se.livsviktig.platform.osgi.harness;

import com.liferay.portal.kernel.dao.db.DB;
import com.liferay.portal.kernel.dao.db.DBManager;
import com.liferay.portal.kernel.dao.db.DBType;

import java.util.EnumSet;
import java.util.Set;

import javax.sql.DataSource;

/**
 * A {@link DBManager} that only names the database. Generated persistence asks it, when its session factory is
 * set, which database it runs on (to pick its limits for IN lists and ORDER BY); this tier has no database,
 * so anything more is refused. The database tiers (T3, T3p) use the portal's real DB classes.
 *
 * @author Livsviktig
 */
final class NamedDatabaseDBManager implements DBManager {

	NamedDatabaseDBManager(DBType dbType) {
		_dbType = dbType;
	}

	@Override
	public DB getDB() {
		throw _noDatabase();
	}

	@Override
	public DB getDB(DBType dbType, DataSource dataSource) {
		throw _noDatabase();
	}

	@Override
	public int getDBInMaxParameters() {
		throw _noDatabase();
	}

	@Override
	public int getDBMaxParameters() {
		throw _noDatabase();
	}

	@Override
	public DBType getDBType() {
		return _dbType;
	}

	@Override
	public DBType getDBType(DataSource dataSource) {
		return _dbType;
	}

	@Override
	public DBType getDBType(Object dialect) {
		return _dbType;
	}

	@Override
	public Set<DBType> getDBTypes() {
		return EnumSet.of(_dbType);
	}

	@Override
	public void setDB(DB db) {
		throw _noDatabase();
	}

	private static UnsupportedOperationException _noDatabase() {
		return new UnsupportedOperationException(
			"The OSGi tier (T2) has no database");
	}

	private final DBType _dbType;

}
