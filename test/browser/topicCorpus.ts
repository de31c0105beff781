/**
 * A small corpus on three topics (protein folding, galaxies, robot learning), 14 papers,
 * as JSON Lines: enough shared phrases for keywords with the default settings (two papers a
 * keyword) and three clear clusters. The browser tests write it to a file and open it.
 */
const PAPERS: { title: string; abstract: string }[] = [
  {
    title: 'Protein structure prediction with deep learning',
    abstract:
      'We predict protein structure from amino acid sequences. The protein structure model uses multiple sequence alignments and attention over residue pairs. Protein folding accuracy improves on benchmark targets.',
  },
  {
    title: 'Protein folding dynamics from molecular simulation',
    abstract:
      'Molecular dynamics simulation reveals protein folding pathways. We compare folding rates of small proteins with amino acid mutations and relate them to protein structure stability.',
  },
  {
    title: 'Designing enzymes with protein language models',
    abstract:
      'Protein language models trained on amino acid sequences generate new enzymes. Designed sequences fold into the predicted protein structure and show catalytic activity in the laboratory.',
  },
  {
    title: 'Amino acid contacts for protein folding',
    abstract:
      'Residue contacts predicted from multiple sequence alignments guide protein folding simulations. Contact maps improve protein structure accuracy for membrane proteins.',
  },
  {
    title: 'Galaxy formation in cosmological simulations',
    abstract:
      'Cosmological simulations follow galaxy formation from the early universe. Dark matter halos host the galaxies, and star formation rates depend on halo mass and gas cooling.',
  },
  {
    title: 'Dark matter halos and galaxy rotation curves',
    abstract:
      'Galaxy rotation curves trace dark matter halos. We fit halo profiles to rotation curves of spiral galaxies and compare them with cosmological simulations.',
  },
  {
    title: 'Star formation in distant galaxies',
    abstract:
      'Telescope surveys measure star formation rates of distant galaxies. Star formation declines as the universe ages, and dust hides part of the light of young stars.',
  },
  {
    title: 'Weak lensing maps of dark matter',
    abstract:
      'Weak gravitational lensing of background galaxies maps dark matter. Lensing surveys constrain dark matter halos and the growth of cosmic structure in cosmological simulations.',
  },
  {
    title: 'Protein structure from cryo-electron microscopy',
    abstract:
      'Cryo-electron microscopy maps are combined with protein structure prediction. Amino acid side chains are placed into density maps, and protein folding models refine the fit.',
  },
  {
    title: 'Cosmological simulations of dark matter substructure',
    abstract:
      'High-resolution cosmological simulations resolve substructure inside dark matter halos. Satellite galaxies form in the largest subhalos, and star formation is suppressed in the smallest.',
  },
  {
    title: 'Reinforcement learning for robot grasping',
    abstract:
      'A robot arm learns grasping with reinforcement learning. The policy maps camera images to grasp poses, and reward shaping speeds up robot learning in simulation before real-world trials.',
  },
  {
    title: 'Sim-to-real transfer of robot policies',
    abstract:
      'Robot policies trained with reinforcement learning in simulation transfer to real robots. Domain randomization of the simulator closes the reality gap for legged locomotion and grasping.',
  },
  {
    title: 'Imitation learning from human demonstrations',
    abstract:
      'Robots learn manipulation skills from human demonstrations. Imitation learning with a policy network needs fewer trials than reinforcement learning, and robot grasping success rises.',
  },
  {
    title: 'Reward design for legged locomotion',
    abstract:
      'Legged robots learn locomotion with reinforcement learning. We study reward design for robot policies, and the learned locomotion policy transfers from simulation to hardware.',
  },
];

export const TOPIC_CORPUS = `${PAPERS.map((p, i) => JSON.stringify({ id: `t${i + 1}`, ...p })).join('\n')}\n`;
