import { describe, expect, it } from 'vitest';
import { applyWarnings } from './apply-warnings';
import { appliedCartsDeployment, parseManifest } from './testing/fixtures';

describe('applyWarnings: what the API server warns about on apply', () => {
  it('warns of a Pod template that selects nodes by a deprecated label, with its field path', () => {
    // The upstream Sock Shop manifest still selects Linux nodes by beta.kubernetes.io/os.
    expect(applyWarnings(appliedCartsDeployment())).toEqual([
      'spec.template.spec.nodeSelector[beta.kubernetes.io/os]: deprecated since v1.14; use "kubernetes.io/os" instead',
    ]);
  });

  it('says nothing of a current label, or of a kind without Pods', () => {
    const deployment = appliedCartsDeployment();
    const template = deployment.spec?.template.spec;
    if (!template) throw new Error('fixture has no pod spec');
    template.nodeSelector = { 'kubernetes.io/os': 'linux' };
    expect(applyWarnings(deployment)).toEqual([]);
    const configMap = parseManifest(`apiVersion: v1
kind: ConfigMap
metadata:
  name: beta.kubernetes.io-os
data:
  nodeSelector: beta.kubernetes.io/os`);
    expect(applyWarnings(configMap)).toEqual([]);
  });

  it('finds the Pod spec of a bare Pod and of a CronJob’s Job template', () => {
    const pod = parseManifest(`apiVersion: v1
kind: Pod
metadata:
  name: probe
spec:
  nodeSelector:
    failure-domain.beta.kubernetes.io/zone: eu-west-1a
  containers:
    - name: probe
      image: busybox:1.36`);
    expect(applyWarnings(pod)).toEqual([
      'spec.nodeSelector[failure-domain.beta.kubernetes.io/zone]: deprecated since v1.17; use "topology.kubernetes.io/zone" instead',
    ]);
    const cronJob = parseManifest(`apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          nodeSelector:
            beta.kubernetes.io/arch: amd64
          restartPolicy: OnFailure
          containers:
            - name: report
              image: report:1.0`);
    expect(applyWarnings(cronJob)).toEqual([
      'spec.jobTemplate.spec.template.spec.nodeSelector[beta.kubernetes.io/arch]: deprecated since v1.14; use "kubernetes.io/arch" instead',
    ]);
  });
});
