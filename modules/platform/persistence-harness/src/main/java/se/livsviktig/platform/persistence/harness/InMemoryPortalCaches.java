package se.livsviktig.platform.persistence.harness;

import com.liferay.portal.kernel.dao.orm.EntityCache;
import com.liferay.portal.kernel.dao.orm.FinderCache;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.model.BaseModel;
import com.liferay.portal.kernel.model.CacheModel;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

import java.io.Serializable;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An entity cache and a finder cache that keep what they are given, in memory, the way the portal's
 * EntityCacheImpl and FinderCacheImpl hold it: the entity cache a model's CacheModel (a new model from it on every
 * hit), the finder cache a list result as its primary keys (the models from the entity cache, through the
 * persistence's fetchByPrimaryKeys, on every hit) and any other result as it is. Only for benchmarks that compare
 * what the portal's caches serve (-Dlivsviktig.harness.caches=true, off by default): the tiers' tests run with
 * caches that always miss. Not the portal's: no cluster, no transactional buffering, no size limit, and any clear
 * clears everything.
 */
final class InMemoryPortalCaches {

	static boolean isEnabled() {
		return Boolean.getBoolean("livsviktig.harness.caches");
	}

	EntityCache entityCache() {
		return (EntityCache)Proxy.newProxyInstance(
			EntityCache.class.getClassLoader(), new Class<?>[] {EntityCache.class},
			(proxy, method, args) -> {
				if (method.getDeclaringClass() == Object.class) {
					return _objectMethod(proxy, method, args);
				}

				return _entityCache(method, args);
			});
	}

	FinderCache finderCache() {
		return (FinderCache)Proxy.newProxyInstance(
			FinderCache.class.getClassLoader(), new Class<?>[] {FinderCache.class},
			(proxy, method, args) -> {
				if (method.getDeclaringClass() == Object.class) {
					return _objectMethod(proxy, method, args);
				}

				return _finderCache(method, args);
			});
	}

	private static Object _defaultValue(Method method) {
		if (method.getReturnType() == boolean.class) {
			return false;
		}

		return null;
	}

	private static Object _objectMethod(Object proxy, Method method, Object[] args) {
		if (method.getName().equals("equals")) {
			return proxy == args[0];
		}

		if (method.getName().equals("hashCode")) {
			return System.identityHashCode(proxy);
		}

		return InMemoryPortalCaches.class.getSimpleName();
	}

	private static String _entityKey(Class<?> clazz, Serializable primaryKey) {
		return clazz.getName() + "#" + primaryKey;
	}

	private static String _finderKey(FinderPath finderPath, Object[] args) {
		return finderPath.getCacheName() + "#" + finderPath.getCacheKeyPrefix() + Arrays.deepToString(args);
	}

	private Object _entityCache(Method method, Object[] args) {
		String name = method.getName();

		if (name.equals("getResult")) {
			Serializable result = _entities.get(_entityKey((Class<?>)args[0], (Serializable)args[1]));

			if (result instanceof CacheModel) {
				return (Serializable)((CacheModel<?>)result).toEntityModel();
			}

			return result;
		}

		if (name.equals("putResult")) {
			Class<?> clazz = (Class<?>)args[0];

			if (args[1] instanceof BaseModel) {
				BaseModel<?> baseModel = (BaseModel<?>)args[1];

				_entities.put(_entityKey(clazz, baseModel.getPrimaryKeyObj()), (Serializable)baseModel.toCacheModel());
			}
			else if (args[2] instanceof BaseModel) {
				_entities.put(
					_entityKey(clazz, (Serializable)args[1]), (Serializable)((BaseModel<?>)args[2]).toCacheModel());
			}
			else {
				_entities.put(_entityKey(clazz, (Serializable)args[1]), (Serializable)args[2]);
			}

			return null;
		}

		if (name.equals("removeResult")) {
			Serializable primaryKey = (args[1] instanceof BaseModel) ?
				((BaseModel<?>)args[1]).getPrimaryKeyObj() : (Serializable)args[1];

			_entities.remove(_entityKey((Class<?>)args[0], primaryKey));

			return null;
		}

		if (name.startsWith("clear") || name.equals("invalidate") || name.equals("removeCache")) {
			_entities.clear();
		}

		return _defaultValue(method);
	}

	private Object _finderCache(Method method, Object[] args) {
		String name = method.getName();

		if (name.equals("getResult")) {
			Object result = _finderResults.get(_finderKey((FinderPath)args[0], (Object[])args[1]));

			if (result instanceof PrimaryKeys) {
				return ((PrimaryKeys)result).models((BasePersistence<?>)args[2]);
			}

			return result;
		}

		if (name.equals("putResult")) {
			FinderPath finderPath = (FinderPath)args[0];
			Object result = args[2];

			if ((result instanceof List) && finderPath.isBaseModelResult()) {
				result = PrimaryKeys.of((List<?>)result);
			}

			if (result != null) {
				_finderResults.put(_finderKey(finderPath, (Object[])args[1]), result);
			}

			return null;
		}

		if (name.equals("removeResult")) {
			_finderResults.remove(_finderKey((FinderPath)args[0], (Object[])args[1]));

			return null;
		}

		if (name.startsWith("clear") || name.equals("invalidate") || name.equals("removeCache")) {
			_finderResults.clear();
		}

		return _defaultValue(method);
	}

	private final Map<String, Serializable> _entities = new ConcurrentHashMap<>();
	private final Map<String, Object> _finderResults = new ConcurrentHashMap<>();

	/**
	 * A list result as FinderCacheImpl keeps it: its models' primary keys, in order.
	 */
	private static final class PrimaryKeys {

		static Object of(List<?> models) {
			List<Serializable> primaryKeys = new ArrayList<>(models.size());

			for (Object model : models) {
				if (!(model instanceof BaseModel)) {
					return models;
				}

				primaryKeys.add(((BaseModel<?>)model).getPrimaryKeyObj());
			}

			return new PrimaryKeys(primaryKeys);
		}

		List<?> models(BasePersistence<?> basePersistence) {
			if (_primaryKeys.isEmpty()) {
				return Collections.emptyList();
			}

			Set<Serializable> primaryKeySet = new HashSet<>(_primaryKeys);

			Map<Serializable, ?> models = basePersistence.fetchByPrimaryKeys(primaryKeySet);

			if (models.size() < primaryKeySet.size()) {
				return null;
			}

			List<Object> list = new ArrayList<>(_primaryKeys.size());

			for (Serializable primaryKey : _primaryKeys) {
				list.add(models.get(primaryKey));
			}

			return Collections.unmodifiableList(list);
		}

		private PrimaryKeys(List<Serializable> primaryKeys) {
			_primaryKeys = primaryKeys;
		}

		private final List<Serializable> _primaryKeys;

	}

}
