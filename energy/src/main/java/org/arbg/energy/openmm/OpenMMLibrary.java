package org.arbg.energy.openmm;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.Loader;

/**
 * The loaded OpenMM native library: loads the JNI library once per JVM and the platform plugins from OpenMM's
 * default plugin directory (Java does not load them by itself, and without them only the Reference platform
 * exists). Plugins that fail to load (e.g. CUDA on a machine without a GPU) are reported, not fatal.
 */
public final class OpenMMLibrary {
    private static OpenMMLibrary instance;

    private final String version;
    private final String pluginsDirectory;
    private final List<String> loadedPlugins;
    private final List<String> pluginLoadFailures;
    private final List<String> platformNames;

    private OpenMMLibrary() {
        Loader.load(OpenMMNative.class);
        this.version = OpenMMNative.Platform.getOpenMMVersion().getString();
        this.pluginsDirectory = OpenMMNative.Platform.getDefaultPluginsDirectory().getString();
        this.loadedPlugins = toList(OpenMMNative.Platform.loadPluginsFromDirectory(pluginsDirectory));
        this.pluginLoadFailures = toList(OpenMMNative.Platform.getPluginLoadFailures());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < OpenMMNative.Platform.getNumPlatforms(); i++) {
            names.add(OpenMMNative.Platform.getPlatform(i).getName().getString());
        }
        this.platformNames = List.copyOf(names);
    }

    /** Loads the native library and the plugins on first use; later calls return the same instance. */
    public static synchronized OpenMMLibrary load() {
        if (instance == null) {
            instance = new OpenMMLibrary();
        }
        return instance;
    }

    /** OpenMM's version string, e.g. "7.7". */
    public String openmmVersion() {
        return version;
    }

    /** The directory plugins were loaded from. */
    public String pluginsDirectory() {
        return pluginsDirectory;
    }

    /** The plugin libraries that loaded. */
    public List<String> loadedPlugins() {
        return loadedPlugins;
    }

    /** One message per plugin library that failed to load; empty when all loaded. */
    public List<String> pluginLoadFailures() {
        return pluginLoadFailures;
    }

    /** The platforms available, e.g. ["Reference", "CPU"]. */
    public List<String> platformNames() {
        return platformNames;
    }

    public boolean hasPlatform(String name) {
        return platformNames.contains(name);
    }

    /** The named platform; throws IllegalArgumentException listing the available ones when it is missing. */
    OpenMMNative.Platform platform(String name) {
        if (!hasPlatform(name)) {
            throw new IllegalArgumentException("OpenMM platform '" + name + "' is not available; available: "
                    + platformNames + (pluginLoadFailures.isEmpty() ? "" : "; plugin failures: " + pluginLoadFailures));
        }
        return OpenMMNative.Platform.getPlatformByName(name);
    }

    private static List<String> toList(OpenMMNative.StringVector v) {
        try (v) {
            List<String> out = new ArrayList<>((int) v.size());
            for (long i = 0; i < v.size(); i++) {
                out.add(v.get(i).getString());
            }
            return List.copyOf(out);
        }
    }

    @Override
    public String toString() {
        return "OpenMM " + version + " platforms " + platformNames;
    }
}
