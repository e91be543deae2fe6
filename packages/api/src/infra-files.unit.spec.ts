import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';

// The deployment files in infra/ cannot be built or applied on this machine (no container
// runtime, no cluster): this checks offline what would otherwise only fail in production.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const INFRA = `${ROOT}infra/`;
const KUBERNETES = `${INFRA}kubernetes/`;
const read = (path: string) => readFileSync(path, 'utf8');

type Json = Record<string, unknown>;
const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object'
        ? (node as Record<string, unknown>)[key]
        : undefined,
    value,
  );
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/** Every setting the API reads (config.ts is the one place that reads the environment). */
const apiSettings = new Set(
  read(`${ROOT}packages/api/src/config.ts`).match(/\b(?:PORT|DATABASE_URL|FAHRPLAN_[A-Z0-9_]+)\b/g),
);

const MIGRATE = ['node', 'packages/api/dist/cli/main.js', 'migrate'];

const kubernetesFiles = readdirSync(KUBERNETES).filter(
  (name) => name.endsWith('.yaml') && name !== 'kustomization.yaml',
);
const resources: Json[] = kubernetesFiles.flatMap((name) =>
  parseAllDocuments(read(`${KUBERNETES}${name}`)).map((document) => {
    // A YAML error (or a "name: yes" turned boolean) fails here, naming the file.
    expect(document.errors, name).toEqual([]);
    return document.toJS() as Json;
  }),
);
const ofKind = (kind: string) => resources.filter((resource) => resource.kind === kind);
const one = (kind: string): Json => {
  const found = ofKind(kind);
  expect(found, kind).toHaveLength(1);
  return found[0] as Json;
};
const podSpecs = () => [
  ...ofKind('Deployment').map((d) => at(d, 'spec', 'template', 'spec')),
  ...ofKind('Job').map((j) => at(j, 'spec', 'template', 'spec')),
];
const containersOf = (podSpec: unknown) => list(at(podSpec, 'containers'));

describe('Kubernetes manifests (infra/kubernetes)', () => {
  it('holds every resource a production deployment needs', () => {
    for (const resource of resources) {
      expect(typeof at(resource, 'metadata', 'name')).toBe('string');
    }
    const kinds = new Set(resources.map((r) => r.kind));
    for (const kind of [
      'Deployment',
      'Service',
      'Ingress',
      'HorizontalPodAutoscaler',
      'PodDisruptionBudget',
      'Job',
      'Cluster',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it('lists every manifest in the kustomization', () => {
    const kustomization = parse(read(`${KUBERNETES}kustomization.yaml`));
    expect([...(at(kustomization, 'resources') as string[])].sort()).toEqual(
      [...kubernetesFiles].sort(),
    );
  });

  it('probes the API: liveness on /healthz, readiness on /readyz, on the container port', () => {
    const [api] = containersOf(at(one('Deployment'), 'spec', 'template', 'spec'));
    const port = at(api, 'ports', 0, 'name');
    expect(at(api, 'livenessProbe', 'httpGet')).toEqual({ path: '/healthz', port });
    expect(at(api, 'readinessProbe', 'httpGet')).toEqual({ path: '/readyz', port });
    expect(at(api, 'startupProbe', 'httpGet', 'path')).toBe('/healthz');
    const env = list(at(api, 'env'));
    const portValue = env.find((v) => v.name === 'PORT')?.value;
    expect(Number(portValue)).toBe(at(api, 'ports', 0, 'containerPort'));
  });

  it('runs every pod as non-root, read-only, with resources, and one image', () => {
    const images = new Set<unknown>();
    for (const pod of podSpecs()) {
      expect(at(pod, 'securityContext', 'runAsNonRoot')).toBe(true);
      expect(at(pod, 'securityContext', 'runAsUser')).not.toBe(0);
      for (const container of containersOf(pod)) {
        images.add(container.image);
        expect(at(container, 'securityContext', 'readOnlyRootFilesystem')).toBe(true);
        expect(at(container, 'securityContext', 'allowPrivilegeEscalation')).toBe(false);
        expect(at(container, 'resources', 'requests', 'cpu')).toBeTruthy();
        expect(at(container, 'resources', 'requests', 'memory')).toBeTruthy();
        expect(at(container, 'resources', 'limits', 'memory')).toBeTruthy();
      }
    }
    expect(images.size).toBe(1);
    expect([...images][0]).toMatch(/^[\w.-]+(\/[\w.-]+)+:[\w.-]+$/);
  });

  it('passes only settings the API reads, and secrets by reference, never inline', () => {
    expect(ofKind('Secret')).toEqual([]);
    for (const pod of podSpecs()) {
      for (const container of containersOf(pod)) {
        const env = list(at(container, 'env'));
        const composed = env.map((v) => String(v.value ?? '')).join(' ');
        for (const variable of env) {
          const name = String(variable.name);
          // Helper variables only feed $(NAME) references in other values.
          const known = apiSettings.has(name) || composed.includes(`$(${name})`);
          expect(known, `${name} in ${container.name}`).toBe(true);
          if (/PASSWORD|URL|TOKEN|SECRET/.test(name) && variable.value !== undefined) {
            // A literal value may carry no credentials of its own, only references.
            expect(String(variable.value), name).not.toMatch(/:\/\/[^$]*:[^$]*@/);
          }
        }
        const database = env.find((v) => v.name === 'DATABASE_URL');
        expect(at(database, 'valueFrom', 'secretKeyRef', 'key'), container.name as string).toBe(
          'uri',
        );
      }
    }
  });

  it('wires the CloudNativePG cluster: three instances, its app secret, its read-only service', () => {
    const cluster = one('Cluster');
    expect(at(cluster, 'spec', 'instances')).toBe(3);
    const name = String(at(cluster, 'metadata', 'name'));
    const [api] = containersOf(at(one('Deployment'), 'spec', 'template', 'spec'));
    const env = list(at(api, 'env'));
    for (const variable of env.filter((v) => v.valueFrom !== undefined)) {
      expect(at(variable, 'valueFrom', 'secretKeyRef', 'name')).toBe(`${name}-app`);
    }
    const read = env.find((v) => v.name === 'FAHRPLAN_READ_DATABASE_URL');
    expect(new URL(String(read?.value).replace(/\$\(\w+\)/g, 'x')).hostname).toBe(`${name}-ro`);
    expect(at(one('ScheduledBackup'), 'spec', 'cluster', 'name')).toBe(name);
  });

  it('routes Ingress → Service → Deployment, and HPA and PDB aim at the same pods', () => {
    const deployment = one('Deployment');
    const labels = at(deployment, 'spec', 'template', 'metadata', 'labels');
    const service = one('Service');
    expect(labels).toMatchObject(at(service, 'spec', 'selector') as Json);
    expect(at(service, 'spec', 'ports', 0, 'targetPort')).toBe(
      at(deployment, 'spec', 'template', 'spec', 'containers', 0, 'ports', 0, 'name'),
    );
    const backend = at(
      one('Ingress'),
      'spec',
      'rules',
      0,
      'http',
      'paths',
      0,
      'backend',
      'service',
    );
    expect(at(backend, 'name')).toBe(at(service, 'metadata', 'name'));
    expect(at(backend, 'port', 'name')).toBe(at(service, 'spec', 'ports', 0, 'name'));
    const hpa = one('HorizontalPodAutoscaler');
    expect(at(hpa, 'spec', 'scaleTargetRef', 'name')).toBe(at(deployment, 'metadata', 'name'));
    expect(Number(at(hpa, 'spec', 'minReplicas'))).toBeGreaterThanOrEqual(2);
    expect(labels).toMatchObject(
      at(one('PodDisruptionBudget'), 'spec', 'selector', 'matchLabels') as Json,
    );
  });

  it('migrates in a Job with the same command as compose', () => {
    const [migrate] = containersOf(at(one('Job'), 'spec', 'template', 'spec'));
    expect(migrate?.command).toEqual(MIGRATE);
  });
});

describe('compose file and container image (infra/)', () => {
  const compose = parse(read(`${INFRA}compose.yaml`), { merge: true });
  const services = at(compose, 'services') as Record<string, Json>;
  const containerfile = read(`${INFRA}Containerfile`);

  it('runs PostgreSQL, a one-shot migration, two API replicas and a load balancer', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'loadbalancer', 'migrate', 'postgres']);
    expect(at(services, 'migrate', 'command')).toEqual(MIGRATE);
    expect(at(services, 'migrate', 'depends_on', 'postgres', 'condition')).toBe('service_healthy');
    expect(at(services, 'api', 'deploy', 'replicas')).toBe(2);
    expect(at(services, 'api', 'depends_on', 'migrate', 'condition')).toBe(
      'service_completed_successfully',
    );
    expect(at(services, 'api', 'image')).toBe(at(services, 'migrate', 'image'));
    for (const name of ['api', 'migrate']) {
      for (const variable of Object.keys(at(services, name, 'environment') as Json)) {
        expect(apiSettings, `${variable} in ${name}`).toContain(variable);
      }
    }
    const haproxy = read(`${INFRA}haproxy.cfg`);
    expect(haproxy).toContain('option httpchk GET /readyz');
    expect(haproxy).toMatch(/server-template api \d+ api:4000/);
  });

  it('builds a non-root image that starts node dist/main.js as PID 1 and checks /healthz', () => {
    expect(containerfile).toMatch(/^USER node$/m);
    expect(containerfile).toMatch(/^HEALTHCHECK .*\n.*\/healthz/m);
    expect(containerfile).toMatch(/^CMD \["node", "packages\/api\/dist\/main\.js"\]$/m);
    // Stages: build, production dependencies, runtime.
    expect(containerfile.match(/^FROM /gm)).toHaveLength(4);
  });

  it('pins the Node and pnpm versions the repository uses', () => {
    const root = JSON.parse(read(`${ROOT}package.json`)) as { packageManager: string };
    expect(containerfile).toContain(`npm install --global ${root.packageManager}`);
    expect(containerfile).toMatch(/^ARG NODE_IMAGE=node:20\./m);
  });

  it('lays the image out as the server expects: web app and migrations beside dist', () => {
    // main.ts serves ../../web/dist and migrate.ts reads ../../drizzle, relative to the built files.
    expect(read(`${ROOT}packages/api/src/main.ts`)).toContain("'../../web/dist'");
    expect(read(`${ROOT}packages/api/src/database/migrate.ts`)).toContain("'../../drizzle'");
    expect(containerfile).toContain('COPY --from=build /src/packages/web/dist packages/web/dist');
    expect(containerfile).toContain(
      'COPY --from=build /src/packages/api/drizzle packages/api/drizzle',
    );
  });
});
